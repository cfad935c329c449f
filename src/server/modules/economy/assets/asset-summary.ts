import { and, isNull, type SQL, sql } from 'drizzle-orm';
import type { AssetSummary } from '../../../../contracts/api/economy-assets';
import { levelOfCode, toFullCode } from '../../../../contracts/region-code';
import { REGION_LEVELS, type RegionLevel } from '../../../../contracts/roles';
import type { Ctx } from '../../../platform/context';
import { assertInScope, inScope, regionAtLevel, scopeOf, underRegion } from '../../../platform/scope';
import { childrenOf, regionName } from '../../regions/region-view';
import { economyAssets } from '../tables';

// 闲置资产盘活 at a glance (the page's header): idle, reviving and revived assets and the yearly
// income of the revived ones, per township of a county or per village of a township, and in all.
// With a year, revived income counts assets revived by its end and `revivedInYear` those revived
// in it. A region outside the caller's scope is NotFound.

const a = economyAssets;
const int = (expr: SQL) => sql<number>`${expr}`.mapWith(Number);

const counts = (year: number | undefined) => {
  const byEnd = year ? sql`and ${a.revivedOn} <= ${`${year}-12-31`}` : sql``;
  const inYear = year
    ? sql`and ${a.revivedOn} between ${`${year}-01-01`} and ${`${year}-12-31`}`
    : sql`and false`;
  return {
    idle: int(sql`count(*) filter (where ${a.state} = 'idle')`),
    reviving: int(sql`count(*) filter (where ${a.state} = 'reviving')`),
    revived: int(sql`count(*) filter (where ${a.state} = 'revived' ${byEnd})`),
    revivedInYear: int(sql`count(*) filter (where ${a.state} = 'revived' ${inYear})`),
    revivedIncomeFen: int(
      sql`coalesce(sum(${a.revivedIncomeFen}) filter (where ${a.state} = 'revived' ${byEnd}), 0)`,
    ),
  };
};

const ZERO = { idle: 0, reviving: 0, revived: 0, revivedInYear: 0, revivedIncomeFen: 0 };

const childLevel = (level: RegionLevel): Exclude<RegionLevel, 'group'> => {
  if (level === 'village' || level === 'group') return 'village';
  return REGION_LEVELS[REGION_LEVELS.indexOf(level) + 1] as Exclude<RegionLevel, 'group'>;
};

export const assetSummary = async (
  ctx: Ctx,
  q: { regionCode?: string; year?: number },
): Promise<AssetSummary> => {
  const regionCode = q.regionCode ? toFullCode(q.regionCode) : ctx.actor.scopeCode;
  assertInScope(regionCode, scopeOf(ctx.actor));
  const level = levelOfCode(regionCode);
  const by = regionAtLevel(a.regionCode, childLevel(level));
  const where = and(
    inScope(a.regionCode, scopeOf(ctx.actor)),
    underRegion(a.regionCode, regionCode),
    isNull(a.deletedAt),
  );
  const [grouped, [total], children, name] = await Promise.all([
    ctx.db
      .select({ regionCode: by, ...counts(q.year) })
      .from(a)
      .where(where)
      .groupBy(by),
    ctx.db.select(counts(q.year)).from(a).where(where),
    level === 'village' || level === 'group' ? Promise.resolve([]) : childrenOf(ctx.db, regionCode),
    regionName(ctx.db, regionCode),
  ]);
  const byCode = new Map(grouped.map((g) => [g.regionCode, g]));
  const rows =
    children.length > 0
      ? children.map((c) => ({ ...ZERO, ...byCode.get(c.code), regionCode: c.code, name: c.name }))
      : grouped.map((g) => ({ ...g, name }));
  return { regionCode, regionName: name, year: q.year ?? null, total: total ?? ZERO, rows };
};
