import { desc, inArray } from 'drizzle-orm';
import type { Dashboard, DashboardFigure, DashboardQuery } from '../../../contracts/api/figures';
import type { Text } from '../../../contracts/api/home';
import { levelOfCode } from '../../../contracts/region-code';
import { can } from '../../../contracts/roles';
import type { Ctx } from '../../platform/context';
import type { Figure, FigureLevel } from '../../platform/modules/manifest';
import { installedModules } from '../../platform/modules/registry';
import { assertInScope, isInScope, scopeOf } from '../../platform/scope';
import { ancestorCodes, childrenOf, pathsOf } from '../regions/region-view';
import { figureYear, isNotKeptHere, STANDARD_DASHBOARD } from './policy';
import { dataVersion, summary } from './summaries';
import { figureDashboards } from './tables';

// 驾驶舱: the chosen catalogue figures for a region and year, each for the region itself, the year
// before, every child region (townships of a county, villages of a township) and its categories,
// computed from the records (platform/figures) and kept until the next write under the region.

export interface InstalledFigure {
  figure: Figure;
  module: string;
}

export const catalogueFigures = (): Map<string, InstalledFigure> =>
  new Map(
    installedModules().flatMap((m) =>
      (m.figures ?? []).map((f) => [f.key, { figure: f, module: m.name }] as const),
    ),
  );

/** A figure's value, or null where it is not kept (a village's figure asked of a county …). */
const orNull = async (work: () => Promise<number>): Promise<number | null> => {
  try {
    return await work();
  } catch (error) {
    if (isNotKeptHere(error)) return null;
    throw error;
  }
};

interface Computed {
  value: number | null;
  previous: number | null;
  byChild: number[] | null;
  byCategory: Map<string, number>;
}

/** One figure for the region, the year before and the children, in one query where the module allows. */
export const computeFigure = async (
  ctx: Ctx,
  figure: Figure,
  o: { regionCode: string; year: number; children: string[]; childLevel: FigureLevel | null },
): Promise<Computed> => {
  const perYear = figure.perYear !== false;
  const previous = perYear
    ? await orNull(() => figure.compute(ctx, { regionCode: o.regionCode, year: o.year - 1 }))
    : null;
  if (figure.breakdown) {
    try {
      const b = await figure.breakdown(ctx, {
        regionCode: o.regionCode,
        year: o.year,
        level: o.childLevel ?? (levelOfCode(o.regionCode) as FigureLevel),
      });
      return {
        value: b.total,
        previous,
        byChild: o.childLevel ? o.children.map((c) => b.byRegion.get(c) ?? 0) : null,
        byCategory: b.byCategory,
      };
    } catch (error) {
      if (!isNotKeptHere(error)) throw error;
      return { value: null, previous, byChild: null, byCategory: new Map() };
    }
  }
  const value = await orNull(() => figure.compute(ctx, { regionCode: o.regionCode, year: o.year }));
  const byChild = o.childLevel
    ? await Promise.all(
        o.children.map(
          async (c) => (await orNull(() => figure.compute(ctx, { regionCode: c, year: o.year }))) ?? 0,
        ),
      )
    : null;
  return { value, previous, byChild, byCategory: new Map() };
};

/** The layout of the region: its own, else the nearest region above's, else the standard one. */
export const dashboardLayout = async (ctx: Ctx, regionCode: string): Promise<Dashboard['layout']> => {
  const [row] = await ctx.db
    .select({ regionCode: figureDashboards.regionCode, keys: figureDashboards.keys })
    .from(figureDashboards)
    .where(inArray(figureDashboards.regionCode, ancestorCodes(regionCode)))
    .orderBy(desc(figureDashboards.regionCode))
    .limit(1);
  if (!row) return { keys: [...STANDARD_DASHBOARD], from: 'standard' };
  return { keys: row.keys, from: row.regionCode === regionCode ? 'own' : 'above' };
};

const categoryList = (figure: Figure, values: Map<string, number>) => {
  const known = figure.categories ?? [];
  const label = (key: string): Text => known.find((c) => c.key === key)?.label ?? { zh: key, en: key };
  const keys = [
    ...known.map((c) => c.key),
    ...[...values.keys()].filter((k) => !known.some((c) => c.key === k)),
  ];
  return keys.map((key) => ({ key, label: label(key), value: values.get(key) ?? 0 }));
};

/** The region's children a dashboard compares (none below a village), with their level. */
export const childRegions = async (ctx: Ctx, regionCode: string) => {
  const rows = (await childrenOf(ctx.db, regionCode)).filter((r) => r.code.length === 12);
  const childLevel = rows.length ? (levelOfCode(rows[0].code) as FigureLevel) : null;
  return { children: rows.map((r) => ({ code: r.code, name: r.name })), childLevel };
};

export const dashboard = async (ctx: Ctx, query: DashboardQuery): Promise<Dashboard> => {
  const regionCode = query.regionCode ?? ctx.actor.scopeCode;
  assertInScope(regionCode, scopeOf(ctx.actor));
  const year = figureYear(query.year);
  const layout = await dashboardLayout(ctx, regionCode);
  const asked = query.keys ?? layout.keys;
  const catalogue = catalogueFigures();
  const chosen = asked.flatMap((k) => catalogue.get(k) ?? []);
  const { children, childLevel } = await childRegions(ctx, regionCode);
  const version = await dataVersion(ctx.db, regionCode);
  let oldest = Number.POSITIVE_INFINITY;
  const figures: DashboardFigure[] = [];
  for (const { figure, module } of chosen) {
    const { value, at } = await summary(
      ctx,
      { key: `${regionCode}|${year}|${figure.key}`, regionCode, version, fresh: query.fresh === '1' },
      () =>
        computeFigure(ctx, figure, { regionCode, year, children: children.map((c) => c.code), childLevel }),
    );
    oldest = Math.min(oldest, at);
    figures.push({
      key: figure.key,
      label: figure.label,
      definition: figure.definition,
      unit: figure.unit,
      module,
      perYear: figure.perYear !== false,
      value: value.value,
      previous: value.previous,
      byChild: value.byChild,
      byCategory: categoryList(figure, value.byCategory),
      drillable: Boolean(figure.drill) && (!figure.permission || can(ctx.actor.role, figure.permission)),
    });
  }
  // From the caller's own region down to this one (the breadcrumb).
  const path = (await pathsOf(ctx.db, [regionCode]))(regionCode)
    .filter((r) => isInScope(r.code, scopeOf(ctx.actor)))
    .map((r) => ({ code: r.code, name: r.name }));
  const self = path.at(-1);
  return {
    regionCode,
    regionName: self?.code === regionCode ? self.name : regionCode,
    level: levelOfCode(regionCode),
    path,
    year,
    children,
    figures,
    dataAt: new Date(Number.isFinite(oldest) ? oldest : Date.now()).toISOString(),
    layout,
  };
};
