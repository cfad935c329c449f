import { sweepOrphanFiles } from '../src/server/platform/attachments/sweep';
import { runCli, withServices } from './cli';

// npm run files:sweep [-- --dry-run] [--hours N]: removes stored files no attachment points to
// (written more than N hours ago, 24 by default) and says how many it found and removed.

runCli(() =>
  withServices(async (services) => {
    const args = process.argv.slice(2);
    const dryRun = args.includes('--dry-run');
    const at = args.indexOf('--hours');
    const graceHours = at >= 0 ? Number(args[at + 1]) : 24;
    if (!Number.isFinite(graceHours) || graceHours < 0) {
      console.error('--hours 应为不小于 0 的数字，例如 --hours 48');
      return 2;
    }
    const r = await sweepOrphanFiles(services.database.db, services.files, { graceHours, dryRun });
    for (const key of r.orphans) console.log(`${dryRun ? '将删除' : '已删除'}：${key}`);
    console.log(
      `检查文件 ${r.scanned} 个，其中无记录引用且早于 ${graceHours} 小时的 ${r.orphans.length} 个，` +
        (dryRun ? '试运行，未删除。' : `已删除 ${r.removed} 个。`),
    );
    return 0;
  }),
);
