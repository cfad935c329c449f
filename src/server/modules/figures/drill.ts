import type { Drill, DrillQueryInput } from '../../../contracts/api/figures';
import { can } from '../../../contracts/roles';
import type { Ctx } from '../../platform/context';
import { Forbidden, Invalid, NotFound } from '../../platform/errors';
import { assertInScope, scopeOf, villageOf } from '../../platform/scope';
import { regionName, regionNames } from '../regions/region-view';
import { catalogueFigures } from './dashboard';
import { answersFor, drillOffset, figureYear } from './policy';

// The records behind a figure for a region and year (a number or bar of the dashboard opened), a
// page at a time, in the caller's scope. Only those who may read the records' module see them.

export const drill = async (ctx: Ctx, query: DrillQueryInput): Promise<Drill> => {
  const found = catalogueFigures().get(query.key);
  if (!found) throw new NotFound('没有这项指标');
  const { figure } = found;
  const regionCode = query.regionCode ?? ctx.actor.scopeCode;
  assertInScope(regionCode, scopeOf(ctx.actor));
  if (!figure.drill || !figure.record) throw new NotFound('这项指标没有可查看的明细记录');
  if (figure.permission && !can(ctx.actor.role, figure.permission)) {
    throw new Forbidden('您的账号不能查看这项指标背后的记录');
  }
  const year = figureYear(query.year);
  const { page, pageSize, quarter } = query;
  if (!answersFor(figure, quarter)) {
    throw new Invalid('该指标按年度统计，没有季度数', [
      { path: 'quarter', message: '该指标按年度统计，没有季度数' },
    ]);
  }
  const q = { regionCode, year, quarter };
  const [value, result] = [
    await figure.compute(ctx, q),
    await figure.drill(ctx, {
      ...q,
      offset: drillOffset(page, pageSize),
      limit: pageSize,
      category: query.category,
      search: query.search || undefined,
    }),
  ];
  const names = await regionNames(
    ctx.db,
    result.rows.map((r) => villageOf(r.regionCode)),
  );
  return {
    key: figure.key,
    label: figure.label,
    unit: figure.unit,
    regionCode,
    regionName: await regionName(ctx.db, regionCode),
    year,
    quarter: quarter ?? null,
    record: figure.record,
    value,
    total: result.total,
    sum: result.sum,
    rows: result.rows.map((r) => ({
      ...r,
      regionName: names.get(villageOf(r.regionCode)) ?? r.regionCode,
    })),
  };
};
