import type { ReportPeriodQuery, VisitsReport } from '../../../../contracts/api/visits-reports';
import type { Ctx } from '../../../platform/context';
import { invalidField } from '../../../platform/errors';
import { OBJECT_TYPES, RISK_TYPES } from '../defaults';
import { type Period, periodOf } from './policy';
import { type ReportRegion, reportRegion } from './region';
import { reportRows } from './report-query';

// 走访监测报表: the figures per child region and in total for a period (docs/visits.md §6).

/** The region and period asked, checked: 404 outside the scope, 400 naming the field otherwise. */
export const reportScope = async (
  ctx: Ctx,
  q: ReportPeriodQuery,
): Promise<{ region: ReportRegion; period: Period }> => {
  const period = periodOf(q);
  if ('path' in period) throw invalidField(period.path, period.message);
  return { region: await reportRegion(ctx, q.regionCode), period };
};

export const visitsReport = async (ctx: Ctx, q: ReportPeriodQuery): Promise<VisitsReport> => {
  const { region, period } = await reportScope(ctx, q);
  const { rows, total } = await reportRows(ctx, region, period);
  return {
    regionCode: region.code,
    regionName: region.name,
    level: region.level,
    childLevel: region.childLevel,
    from: period.from,
    to: period.to,
    rows,
    total: { ...total, regionCode: region.code, name: region.name },
    objectTypes: OBJECT_TYPES.map((o) => ({ code: o.code, name: o.name.zh })),
    riskTypes: RISK_TYPES.map((t) => ({ code: t.code, name: t.name.zh })),
  };
};
