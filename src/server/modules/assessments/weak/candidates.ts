import { and, desc, eq, lte, ne, sql } from 'drizzle-orm';
import type { WeakCandidate } from '../../../../contracts/api/assess-weak';
import type { Ctx } from '../../../platform/context';
import { ancestorAt, countyCodeOf, inScope, scopeOf } from '../../../platform/scope';
import { descendantsOf } from '../../regions/list-descendants';
import { regionNames } from '../../regions/region-view';
import { ratingCampaigns, villageRatings, weakOrgs, weakSituations } from '../tables';
import { beijingYear } from './dates';
import { detectSituations } from './detect';

// 认定候选: the villages the county may confirm as weak for a year, from three sources:
// (a) the county's latest published star rating up to that year: 1★ villages and vetoed ones;
// (b) situations the records detect (W08 …), computed for each village in the caller's scope;
// (c) townships' nominations waiting for the county. A village already recorded for the year
// shows its record, so nobody confirms it twice.

const W10 = 'W10'; // 年度考核末位: 星级评定为一星

const ratingCandidates = async (ctx: Ctx, year: number) => {
  const [campaign] = await ctx.db
    .select({ id: ratingCampaigns.id, year: ratingCampaigns.year, name: ratingCampaigns.name })
    .from(ratingCampaigns)
    .where(
      and(
        eq(ratingCampaigns.regionCode, countyCodeOf(ctx.actor.scopeCode)),
        eq(ratingCampaigns.status, 'published'),
        lte(ratingCampaigns.year, year),
      ),
    )
    .orderBy(desc(ratingCampaigns.year))
    .limit(1);
  if (!campaign) return { campaign: null, rows: [] };
  // Written out with the outer row named (Drizzle leaves a one-table select's columns unqualified).
  const vetoed = sql<boolean>`exists (select 1 from rating_scores s join criteria_indicators i on i.id = s.indicator_id
    where s.rating_id = "village_ratings"."id" and i.method = 'veto' and coalesce(s.review_value, s.self_value) = 1)`;
  const rows = await ctx.db
    .select({ regionCode: villageRatings.regionCode, stars: villageRatings.stars, vetoed })
    .from(villageRatings)
    .where(
      and(
        eq(villageRatings.campaignId, campaign.id),
        inScope(villageRatings.regionCode, scopeOf(ctx.actor)),
        sql`(${villageRatings.stars} = 1 or ${vetoed})`,
      ),
    )
    .orderBy(villageRatings.regionCode);
  return { campaign, rows };
};

export const listCandidates = async (ctx: Ctx, year = beijingYear()) => {
  const scope = scopeOf(ctx.actor);
  const county = countyCodeOf(ctx.actor.scopeCode);
  const [rating, situations, records, villages] = await Promise.all([
    ratingCandidates(ctx, year),
    ctx.db
      .select({ code: weakSituations.code, detect: weakSituations.detect })
      .from(weakSituations)
      .where(and(eq(weakSituations.regionCode, county), eq(weakSituations.active, true))),
    ctx.db
      .select()
      .from(weakOrgs)
      .where(
        and(inScope(weakOrgs.regionCode, scope), eq(weakOrgs.year, year), ne(weakOrgs.status, 'dismissed')),
      ),
    descendantsOf(ctx.db, ctx.actor.scopeCode, 'village'),
  ]);
  const detected = await detectSituations(
    ctx,
    villages.map((v) => v.code),
    situations.filter((s) => s.detect),
    year,
  );
  const recorded = new Map(records.map((r) => [r.regionCode, r]));
  const raw: Omit<WeakCandidate, 'regionName' | 'townshipName' | 'weakId' | 'status'>[] = [
    ...rating.rows.map((r) => ({
      regionCode: r.regionCode,
      source: 'rating' as const,
      situations: r.stars === 1 ? [W10] : [],
      reason: [
        r.stars === 1 ? `${rating.campaign?.year}年度星级评定一星` : null,
        r.vetoed ? '星级评定触发否决项' : null,
      ]
        .filter(Boolean)
        .join('；'),
    })),
    ...groupDetections(detected),
  ];
  const nominations = records.filter((r) => r.status === 'nominated');
  const names = await regionNames(
    ctx.db,
    [...raw.map((c) => c.regionCode), ...nominations.map((n) => n.regionCode)].flatMap((c) => [
      c,
      ancestorAt(c, 'township'),
    ]),
  );
  const named = (c: { regionCode: string }) => ({
    regionName: names.get(c.regionCode) ?? c.regionCode,
    townshipName: names.get(ancestorAt(c.regionCode, 'township')) ?? null,
  });
  const items: WeakCandidate[] = [
    ...raw.map((c) => {
      const r = recorded.get(c.regionCode);
      return { ...c, ...named(c), weakId: r?.id ?? null, status: r?.status ?? null };
    }),
    ...nominations.map((n) => ({
      regionCode: n.regionCode,
      ...named(n),
      source: 'nominated' as const,
      situations: n.situations,
      reason: n.findings,
      weakId: n.id,
      status: n.status,
    })),
  ];
  return { year, campaign: rating.campaign, items };
};

const groupDetections = (detected: Awaited<ReturnType<typeof detectSituations>>) => {
  const by = new Map<string, { codes: string[]; values: string[] }>();
  for (const d of detected) {
    const e = by.get(d.regionCode) ?? { codes: [], values: [] };
    e.codes.push(d.code);
    e.values.push(`${d.code}：记录值 ${d.value}`);
    by.set(d.regionCode, e);
  }
  return [...by.entries()].map(([regionCode, e]) => ({
    regionCode,
    source: 'detected' as const,
    situations: e.codes,
    reason: `记录发现（${e.values.join('，')}）`,
  }));
};

/** The county's active situation codes, to check what a nomination ticks. */
export const situationCodes = async (ctx: Ctx, county: string) =>
  new Set(
    (
      await ctx.db
        .select({ code: weakSituations.code })
        .from(weakSituations)
        .where(and(eq(weakSituations.regionCode, county), eq(weakSituations.active, true)))
    ).map((s) => s.code),
  );
