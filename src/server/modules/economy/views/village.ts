import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { EconomyVillage } from '../../../../contracts/api/economy-views';
import { levelOfCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { ancestorAt, inScope, scopeOf, underRegion } from '../../../platform/scope';
import { regionNames } from '../../regions/region-view';
import {
  economyAccounts,
  economyAssets,
  economyBenefits,
  economyEntities,
  economyIncomeLines,
  economyPairings,
  economyPlans,
  economyProjects,
} from '../tables';
import { bandOf, growthPercent } from '../tiers';
import { viewRegion } from './region-of';

// 村集体经济档案: a village's accounts by year (sums by source), assets, entities, benefits, plans,
// projects and pairings on one page. Plain scoped selects on the economy tables, so the page does
// not wait for the other parts' use cases.

export const economyVillage = async (ctx: Ctx, regionCode: string): Promise<EconomyVillage> => {
  if (levelOfCode(regionCode) !== 'village') throw new NotFound();
  const region = await viewRegion(ctx, regionCode);
  const { basis, bands } = region.bands;
  const scope = scopeOf(ctx.actor);
  const under = <C extends Parameters<typeof underRegion>[0]>(column: C) =>
    and(inScope(column, scope), underRegion(column, regionCode));
  const a = economyAccounts;
  const l = economyIncomeLines;
  const [accounts, lines, assets, entities, benefits, plans, projects, pairings] = await Promise.all([
    ctx.db
      .select({
        id: a.id,
        year: a.year,
        operatingFen: a.operatingFen,
        totalFen: a.totalFen,
        contractingFen: a.contractingFen,
      })
      .from(a)
      .where(and(eq(a.regionCode, regionCode), inScope(a.regionCode, scope)))
      .orderBy(desc(a.year)),
    ctx.db
      .select({ accountId: l.accountId, code: l.code, amountFen: sql<number>`sum(${l.amountFen})::float8` })
      .from(l)
      .where(and(eq(l.regionCode, regionCode), inScope(l.regionCode, scope)))
      .groupBy(l.accountId, l.code)
      .orderBy(l.code),
    ctx.db
      .select({
        id: economyAssets.id,
        name: economyAssets.name,
        kind: economyAssets.kind,
        state: economyAssets.state,
        valueFen: economyAssets.valueFen,
        revivedIncomeFen: economyAssets.revivedIncomeFen,
      })
      .from(economyAssets)
      .where(and(under(economyAssets.regionCode), isNull(economyAssets.deletedAt)))
      .orderBy(economyAssets.name),
    ctx.db
      .select({
        id: economyEntities.id,
        name: economyEntities.name,
        kind: economyEntities.kind,
        industry: economyEntities.industry,
        model: economyEntities.model,
        memberHouseholds: economyEntities.memberHouseholds,
      })
      .from(economyEntities)
      .where(and(under(economyEntities.regionCode), isNull(economyEntities.deletedAt)))
      .orderBy(economyEntities.name),
    ctx.db
      .select({
        households: sql<number>`count(distinct ${economyBenefits.householdId})::int`,
        amountFen: sql<number>`coalesce(sum(${economyBenefits.amountFen}), 0)::float8`,
        jobs: sql<number>`coalesce(sum(${economyBenefits.jobs}), 0)::int`,
      })
      .from(economyBenefits)
      .where(under(economyBenefits.regionCode)),
    ctx.db
      .select({
        id: economyPlans.id,
        title: economyPlans.title,
        startYear: economyPlans.startYear,
        endYear: economyPlans.endYear,
        targets: economyPlans.targets,
        ledProjectId: economyPlans.ledProjectId,
      })
      .from(economyPlans)
      .where(and(under(economyPlans.regionCode), isNull(economyPlans.deletedAt)))
      .orderBy(desc(economyPlans.startYear)),
    ctx.db
      .select({
        id: economyProjects.id,
        year: economyProjects.year,
        kind: economyProjects.kind,
        title: economyProjects.title,
        leaderName: economyProjects.leaderName,
        status: economyProjects.status,
        score: economyProjects.score,
      })
      .from(economyProjects)
      .where(and(under(economyProjects.regionCode), isNull(economyProjects.deletedAt)))
      .orderBy(desc(economyProjects.year), economyProjects.title),
    ctx.db
      .select({
        id: economyPairings.id,
        regionCode: economyPairings.regionCode,
        strongCode: economyPairings.strongCode,
        startYear: economyPairings.startYear,
        endYear: economyPairings.endYear,
        status: economyPairings.status,
      })
      .from(economyPairings)
      .where(
        and(
          isNull(economyPairings.deletedAt),
          or(eq(economyPairings.regionCode, regionCode), eq(economyPairings.strongCode, regionCode)),
        ),
      )
      .orderBy(desc(economyPairings.startYear)),
  ]);
  const township = ancestorAt(regionCode, 'township');
  const partners = pairings.map((p) => (p.regionCode === regionCode ? p.strongCode : p.regionCode));
  const names = await regionNames(ctx.db, [township, ...partners]);
  const byAccount = new Map<string, { code: string; amountFen: number }[]>();
  for (const line of lines)
    byAccount.set(line.accountId, [
      ...(byAccount.get(line.accountId) ?? []),
      { code: line.code, amountFen: Number(line.amountFen) },
    ]);
  const basisOf = (r: { operatingFen: number; totalFen: number }) =>
    basis === 'total' ? r.totalFen : r.operatingFen;
  return {
    regionCode,
    name: region.name,
    townshipCode: township,
    townshipName: names.get(township) ?? township,
    basis,
    bands,
    accounts: accounts.map((r) => {
      const before = accounts.find((b) => b.year === r.year - 1);
      const band = bandOf(basisOf(r), bands);
      return {
        accountId: r.id,
        year: r.year,
        operatingFen: r.operatingFen,
        totalFen: r.totalFen,
        contractingFen: r.contractingFen,
        bySource: byAccount.get(r.id) ?? [],
        band: band.code,
        bandLabel: band.label,
        growthPercent: before ? growthPercent(basisOf(before), basisOf(r)) : null,
      };
    }),
    assets: {
      count: assets.length,
      idle: assets.filter((x) => x.state === 'idle' || x.state === 'reviving').length,
      revived: assets.filter((x) => x.state === 'revived').length,
      revivedIncomeFen: assets.reduce(
        (s, x) => s + (x.state === 'revived' ? (x.revivedIncomeFen ?? 0) : 0),
        0,
      ),
      items: assets,
    },
    entities: entities.map((e) => ({ ...e, model: [...e.model] })),
    benefits: {
      households: Number(benefits[0]?.households ?? 0),
      amountFen: Number(benefits[0]?.amountFen ?? 0),
      jobs: Number(benefits[0]?.jobs ?? 0),
    },
    plans,
    projects,
    pairings: pairings.map((p, i) => ({
      id: p.id,
      role: p.regionCode === regionCode ? ('weak' as const) : ('strong' as const),
      partnerCode: partners[i],
      partnerName: names.get(partners[i]) ?? partners[i],
      startYear: p.startYear,
      endYear: p.endYear,
      status: p.status,
    })),
  };
};
