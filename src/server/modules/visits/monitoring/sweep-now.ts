import { levelOfCode } from '../../../../contracts/region-code';
import { writeAudit } from '../../../platform/audit/write';
import type { Ctx } from '../../../platform/context';
import { Forbidden } from '../../../platform/errors';
import { countyCodeOf } from '../../../platform/scope';
import { runMonitoringSweep } from './sweep';

// 立即扫描: the county runs the sweep over its own households now (the daily run is scheduler.ts).

export const runSweepNow = async (ctx: Ctx) => {
  if (levelOfCode(ctx.actor.scopeCode) !== 'county') throw new Forbidden('只有县级可以运行监测扫描');
  const county = countyCodeOf(ctx.actor.scopeCode);
  const result = await runMonitoringSweep(ctx.db, { countyCode: county });
  await ctx.db.transaction((tx) =>
    writeAudit(tx, ctx, {
      action: 'monitoring.sweep.run',
      entity: 'monitoring_signal',
      entityId: county,
      regionCode: county,
      diff: { ...result },
    }),
  );
  return result;
};
