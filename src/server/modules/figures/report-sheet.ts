import type { FigureReport, ReportQuery, ReportSheet } from '../../../contracts/api/figures';
import type { Ctx } from '../../platform/context';
import { assertInScope, scopeOf } from '../../platform/scope';
import { regionName, regionsAtLevelUnder } from '../regions/region-view';
import { catalogueFigures } from './dashboard';
import { answersFor, figureYear, isNotKeptHere } from './policy';

// 一表通: a report's rows (the townships or villages under the region asked for) × its figures for a
// year or a quarter of it, computed from the records: one query per figure for all rows (platform/figures), the
// region's own value as the total. Never typed: the same sheet for every township.

const orNull = async (work: () => Promise<number>) => {
  try {
    return await work();
  } catch (error) {
    if (isNotKeptHere(error)) return null;
    throw error;
  }
};

export const reportSheet = async (
  ctx: Ctx,
  report: FigureReport,
  query: ReportQuery,
): Promise<ReportSheet> => {
  const regionCode = query.regionCode ?? ctx.actor.scopeCode;
  assertInScope(regionCode, scopeOf(ctx.actor));
  const year = figureYear(query.year);
  const catalogue = catalogueFigures();
  const figures = report.keys.flatMap((k) => catalogue.get(k)?.figure ?? []);
  const rows = await regionsAtLevelUnder(ctx.db, regionCode, report.rowLevel);
  const columns: (number | null)[][] = [];
  const total: (number | null)[] = [];
  const { quarter } = query;
  for (const figure of figures) {
    const q = { regionCode, year, quarter };
    if (!answersFor(figure, quarter)) {
      columns.push(rows.map(() => null));
      total.push(null);
      continue;
    }
    if (figure.breakdown) {
      const b = await orNull(async () => {
        const got = await figure.breakdown!(ctx, { ...q, level: report.rowLevel, categories: false });
        columns.push(rows.map((r) => got.byRegion.get(r.code) ?? 0));
        return got.total;
      });
      if (b === null) columns.push(rows.map(() => null));
      total.push(b);
    } else {
      const values: (number | null)[] = [];
      for (const r of rows)
        values.push(await orNull(() => figure.compute(ctx, { regionCode: r.code, year, quarter })));
      columns.push(values);
      total.push(await orNull(() => figure.compute(ctx, q)));
    }
  }
  return {
    name: report.name,
    regionCode,
    regionName: await regionName(ctx.db, regionCode),
    year,
    quarter: quarter ?? null,
    columns: figures.map((f) => ({ key: f.key, label: f.label.zh, unit: f.unit.zh })),
    rows: rows.map((r, i) => ({ code: r.code, name: r.name, values: columns.map((c) => c[i]) })),
    total,
  };
};
