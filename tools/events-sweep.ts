import { sweepDeadlines } from '../src/server/modules/events/sweep';
import { runCli, withServices } from './cli';

// npm run events:sweep [-- --at 2026-10-08T09:00:00+08:00]: one sweep of the grid events' deadlines
// (warnings, overdue flags, automatic escalation), as the server does every minute. Safe while the
// server runs on PostgreSQL; with PGlite stop the server first (one process per data directory).

runCli(() =>
  withServices(async (services) => {
    const args = process.argv.slice(2);
    const at = args.indexOf('--at');
    const now = at >= 0 ? new Date(args[at + 1] ?? '') : new Date();
    if (Number.isNaN(now.getTime())) {
      console.error('--at 应为时间，例如 --at 2026-10-08T09:00:00+08:00');
      return 2;
    }
    const r = await sweepDeadlines(services.database.db, { now });
    console.log(
      `超期巡检完成：预警 ${r.warned} 个环节，上报乡镇 ${r.toTownship} 件，提请县级关注 ${r.toCounty} 件，部门超期 ${r.departments} 个。`,
    );
    return 0;
  }),
);
