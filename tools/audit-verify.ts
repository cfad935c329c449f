import { verifyAuditChains } from '../src/server/platform/audit/verify';
import { runCli, withServices } from './cli';

// npm run audit:verify — walks every hash chain of the audit log and names the first broken link.

runCli(() =>
  withServices(async (services) => {
    const started = Date.now();
    const result = await verifyAuditChains(services.database.db);
    const took = `${Date.now() - started} ms`;
    if (!result.broken) {
      console.log(`审计日志完整：${result.chains} 条链，${result.rows} 行，均校验通过（${took}）。`);
      return 0;
    }
    const { chain, seq, id, reason } = result.broken;
    const why = {
      hash: '内容与哈希不符',
      prev_hash: '与上一行的哈希不衔接',
      sequence: '序号不连续（有行缺失）',
    }[reason];
    console.error(`审计日志被篡改：链 ${chain} 第 ${seq} 行（id ${id}）${why}。`);
    return 1;
  }),
);
