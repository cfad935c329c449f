import { and, asc, desc, eq, like, max } from 'drizzle-orm';
import { AREA_NAMES } from '../server/modules/assessments/defaults';
import { pointsOf, type ScoreResult, scoreVillage } from '../server/modules/assessments/score';
import { defaultCriteriaRows } from '../server/modules/assessments/seed';
import {
  criteriaIndicators,
  criteriaSets,
  flagAwards,
  flagKinds,
  type RatingStatus,
  ratingCampaigns,
  ratingScores,
  villageRatings,
  villageStars,
  type WeakStatus,
  weakOrgs,
} from '../server/modules/assessments/tables';
import { regions } from '../server/modules/regions/tables';
import { writeAudit } from '../server/platform/audit/write';
import { copyRows } from '../server/platform/db/copy-rows';
import type { Database, Db } from '../server/platform/db/types';
import { countyCodeOf, countyOf } from '../server/platform/scope';
import { Rng } from './random';

// Assessments for a county whose regions are imported (docs/assessments.md §7): last year's and
// this year's criteria sets (the seeded default, or an N-indicator set for the benchmark), last
// year's campaign published (every village decided, its stars in village_stars, a few dynamic
// adjustments since), this year's campaign open with every village scored and the ratings spread
// over the workflow, red flags (about one village in five flagged, 44 flags on 34 villages per
// 173) and weak organizations (18 last year, 13 this year per 173 villages). Stars land roughly
// like seed T: of 73 rated, 14 five-star, 27 four-star, 32 three-star. Deterministic per seed;
// bulk multi-row inserts.

export interface AssessmentsOptions {
  countyCode: string;
  seed: number;
  /** Indicators per criteria set: 20 (the default, 19 + the veto) or any other count from 10 up. */
  indicators?: number;
  /** This year (China time now when absent); last year is the one before. */
  year?: number;
}

export interface AssessmentsResult {
  villages: number;
  indicators: number;
  ratings: number;
  scores: number;
  /** Last year's stars, 1★ … 5★. */
  stars: number[];
  flags: number;
  flaggedVillages: number;
  weak: { lastYear: number; thisYear: number };
  adjusted: number;
  ms: number;
}

const SYSTEM = { actor: null, meta: { requestId: 'generator', ip: null } };
const SCORE_KEYS = [
  'id',
  'ratingId',
  'regionCode',
  'indicatorId',
  'indicatorCode',
  'selfValue',
  'selfPoints',
  'reviewValue',
  'reviewPoints',
  'reviewReason',
] as const;
const CHUNK = 1_000;

const chinaYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

const insertAll = async <T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
};

/** Areas A–F share 70 points over `count` − 2 indicators; G1 (satisfaction, 30) and the veto V1 stay. */
const AREA_POINTS: [string, number][] = [
  ['A', 10],
  ['B', 12],
  ['C', 10],
  ['D', 18],
  ['E', 10],
  ['F', 10],
];

type SetRows = ReturnType<typeof defaultCriteriaRows>;

/** A set of `count` indicators adding up to 100 over A–G (for the benchmark's 40), plus the veto. */
const wideSetRows = (rng: Rng, county: string, year: number, version: number, count: number): SetRows => {
  const base = defaultCriteriaRows(county, year);
  const setId = rng.uuid();
  const scored = count - 2;
  const per = AREA_POINTS.map(([area, points], i) => {
    const n = Math.floor(scored / AREA_POINTS.length) + (i < scored % AREA_POINTS.length ? 1 : 0);
    return { area, points, n };
  });
  const indicators: SetRows['indicators'] = [];
  for (const { area, points, n } of per)
    for (let k = 0; k < n; k++) {
      const maxPoints = Math.floor(points / n) + (k < points % n ? 1 : 0);
      indicators.push({
        id: rng.uuid(),
        setId,
        regionCode: county,
        code: `${area}${k + 1}`,
        area,
        areaName: AREA_NAMES[area],
        name: `${AREA_NAMES[area]}第 ${k + 1} 项`,
        description: null,
        method: 'points',
        maxPoints,
        tiers: null,
        evidence: null,
        evidenceRequired: false,
        source: null,
        sort: indicators.length + 1,
      });
    }
  for (const code of ['G1', 'V1']) {
    const d = base.indicators.find((i) => i.code === code)!;
    indicators.push({ ...d, id: rng.uuid(), setId, sort: indicators.length + 1 });
  }
  return {
    set: { ...base.set, id: setId, version, name: `${year}年度村党组织星级评定标准（${count} 项）` },
    indicators,
  };
};

/** A set's rows with ids from the seeded stream. */
const defaultSetRows = (rng: Rng, county: string, year: number, version: number): SetRows => {
  const base = defaultCriteriaRows(county, year);
  const setId = rng.uuid();
  return {
    set: { ...base.set, id: setId, version },
    indicators: base.indicators.map((i) => ({ ...i, id: rng.uuid(), setId })),
  };
};

type Indicator = SetRows['indicators'][number];

/** A village's value of an indicator for a quality q (0…1): better villages meet more. */
const villageValue = (rng: Rng, ind: Indicator, q: number): number => {
  switch (ind.method) {
    case 'yesno':
      return rng.chance(Math.min(0.99, q + 0.04)) ? 1 : 0;
    case 'veto':
      return rng.chance(q < 0.72 ? 0.15 : 0.003) ? 1 : 0;
    case 'points':
      return Math.round(rng.normal(q * ind.maxPoints, ind.maxPoints * 0.08, 0, ind.maxPoints));
    case 'percent':
      return Math.round(rng.normal(q * 100 + 2, 4, 40, 100));
    case 'tiers': {
      const n = ind.tiers?.length ?? 1;
      return Math.round(rng.normal(q * (n - 1), 0.7, 0, n - 1));
    }
  }
};

/** A village's quality this year: its own level (kept from year to year) and a year's drift. */
const qualityOf = (level: number, rng: Rng) => Math.max(0.4, Math.min(1, level + rng.normal(0, 0.025)));

export const generateAssessments = async (
  database: Database,
  o: AssessmentsOptions,
): Promise<AssessmentsResult> => {
  const started = performance.now();
  const county = countyCodeOf(o.countyCode);
  const db = database.db;
  const year = o.year ?? chinaYear();
  const lastYear = year - 1;
  const count = o.indicators ?? 20;
  if (count < 10) throw new Error('指标数至少 10 项');
  const [taken] = await db
    .select({ id: ratingCampaigns.id })
    .from(ratingCampaigns)
    .where(eq(ratingCampaigns.regionCode, county))
    .limit(1);
  if (taken) throw new Error('所选的县已有星级评定：生成器只写入没有评定的县');
  const villages = await db
    .select({ code: regions.code })
    .from(regions)
    .where(and(like(regions.code, `${countyOf(county)}%`), eq(regions.level, 'village')))
    .orderBy(asc(regions.code));
  if (villages.length === 0) throw new Error(`区划 ${o.countyCode} 没有村（先导入区划）`);
  const kinds = await db
    .select()
    .from(flagKinds)
    .where(eq(flagKinds.regionCode, county))
    .orderBy(asc(flagKinds.sort));
  if (kinds.length === 0) throw new Error(`区划 ${o.countyCode} 没有考核评价目录（导入区划时写入）`);

  const rng = new Rng(o.seed).fork(`assessments-${county}`);
  const ids = new Rng(o.seed).fork(`assessment-ids-${county}`);
  const uuid = () => ids.uuid();

  // The sets: this year's seeded default is used as it is when the default count is asked.
  const versionOf = async (y: number) => {
    const [row] = await db
      .select({ v: max(criteriaSets.version) })
      .from(criteriaSets)
      .where(and(eq(criteriaSets.regionCode, county), eq(criteriaSets.year, y)));
    return (row?.v ?? 0) + 1;
  };
  const setFor = async (y: number): Promise<SetRows> => {
    if (count === 20) {
      const [seeded] = await db
        .select()
        .from(criteriaSets)
        .where(
          and(
            eq(criteriaSets.regionCode, county),
            eq(criteriaSets.year, y),
            eq(criteriaSets.status, 'published'),
          ),
        )
        .orderBy(desc(criteriaSets.version))
        .limit(1);
      if (seeded) {
        const indicators = await db
          .select()
          .from(criteriaIndicators)
          .where(eq(criteriaIndicators.setId, seeded.id))
          .orderBy(asc(criteriaIndicators.sort));
        if (indicators.length === 20)
          return {
            set: { ...seeded, status: 'published', publishedAt: seeded.publishedAt ?? new Date() },
            indicators,
          };
      }
      const rows = defaultSetRows(ids, county, y, await versionOf(y));
      await db.insert(criteriaSets).values(rows.set);
      await db.insert(criteriaIndicators).values(rows.indicators);
      return rows;
    }
    const rows = wideSetRows(ids, county, y, await versionOf(y), count);
    await db.insert(criteriaSets).values(rows.set);
    await db.insert(criteriaIndicators).values(rows.indicators);
    return rows;
  };
  const sets = { last: await setFor(lastYear), now: await setFor(year) };

  // Each village's level, kept from year to year: 5★ about one in five, 1–2★ few.
  const levels = new Map(villages.map((v) => [v.code, rng.fork(v.code).normal(0.782, 0.066, 0.5, 0.99)]));
  const result: AssessmentsResult = {
    villages: villages.length,
    indicators: count,
    ratings: 0,
    scores: 0,
    stars: [0, 0, 0, 0, 0],
    flags: 0,
    flaggedVillages: 0,
    weak: { lastYear: 0, thisYear: 0 },
    adjusted: 0,
    ms: 0,
  };
  const scored = new Map<string, ScoreResult>();
  const lastStars = new Map<string, number>();

  const writeCampaign = async (y: number, rows: SetRows, published: boolean) => {
    const r = rng.fork(`campaign-${y}`);
    const campaignId = uuid();
    const day = (month: number, d: number) => new Date(Date.UTC(y, month - 1, d, 2));
    await db.insert(ratingCampaigns).values({
      id: campaignId,
      regionCode: county,
      year: y,
      name: `${y}年度村党组织星级评定`,
      setId: rows.set.id,
      status: published ? 'published' : 'open',
      selfDue: `${y}-11-30`,
      reviewDue: `${y}-12-15`,
      noticeStartedAt: published ? day(12, 20) : null,
      noticeEndsAt: published ? day(12, 25) : null,
      publishedAt: published ? day(12, 28) : null,
    });
    const rule = { thresholds: rows.set.thresholds, rules: rows.set.rules, indicators: rows.indicators };
    const ratingRows: (typeof villageRatings.$inferInsert)[] = [];
    const scoreRows: (typeof ratingScores.$inferInsert)[] = [];
    const starRows: (typeof villageStars.$inferInsert)[] = [];
    for (const v of villages) {
      const vr = r.fork(v.code);
      const q = qualityOf(levels.get(v.code)!, vr);
      const status: RatingStatus = published
        ? 'decided'
        : vr.weighted<RatingStatus>([
            ['self', 25],
            ['township', 30],
            ['county', 25],
            ['decided', 20],
          ]);
      const selfValues = new Map(rule.indicators.map((ind) => [ind.code, villageValue(vr, ind, q)]));
      // The township lowers a value now and then, with a reason.
      const reviewed = status !== 'self';
      const reviewValues = new Map(selfValues);
      const changed = new Set<string>();
      if (reviewed)
        for (const ind of rule.indicators)
          if (ind.method === 'points' && vr.chance(0.08) && selfValues.get(ind.code)! > 0) {
            reviewValues.set(ind.code, selfValues.get(ind.code)! - 1);
            changed.add(ind.code);
          }
      const self = scoreVillage(rule, selfValues);
      const review = scoreVillage(rule, reviewValues);
      const final = reviewed ? review : self;
      const decided = status === 'decided';
      const ratingId = uuid();
      ratingRows.push({
        id: ratingId,
        campaignId,
        regionCode: v.code,
        status,
        selfTotal: self.total,
        reviewTotal: reviewed ? review.total : null,
        computedStars: final.stars,
        stars: decided ? final.stars : null,
        submittedAt: reviewed ? day(11, 20) : null,
        reviewedAt: status === 'county' || decided ? day(12, 5) : null,
        decidedAt: decided ? day(12, 12) : null,
      });
      for (const ind of rule.indicators) {
        const sv = selfValues.get(ind.code)!;
        const rv = reviewValues.get(ind.code)!;
        scoreRows.push({
          id: uuid(),
          ratingId,
          regionCode: v.code,
          indicatorId: ind.id,
          indicatorCode: ind.code,
          selfValue: sv,
          selfPoints: pointsOf(ind, sv),
          reviewValue: reviewed ? rv : null,
          reviewPoints: reviewed ? pointsOf(ind, rv) : null,
          reviewReason: changed.has(ind.code) ? '佐证材料不足，酌情扣分' : null,
        });
      }
      if (published) {
        scored.set(v.code, final);
        lastStars.set(v.code, final.stars);
        result.stars[final.stars - 1]++;
        starRows.push({
          id: uuid(),
          regionCode: v.code,
          year: y,
          stars: final.stars,
          source: 'campaign',
          campaignId,
          ratingId,
          effectiveAt: day(12, 28),
        });
      }
    }
    await insertAll(ratingRows, (c) => db.insert(villageRatings).values(c));
    // The scores are most of the rows (villages × indicators): COPY, like the events generator.
    await copyRows(database, ratingScores, SCORE_KEYS, scoreRows);
    await insertAll(starRows, (c) => db.insert(villageStars).values(c));
    result.ratings += ratingRows.length;
    result.scores += scoreRows.length;
  };
  await writeCampaign(lastYear, sets.last, true);
  await writeCampaign(year, sets.now, false);

  // 动态调整 since publication: about one village in fifty moves a star.
  const adjust = rng.fork('adjust');
  const adjustRows: (typeof villageStars.$inferInsert)[] = [];
  for (const v of villages) {
    if (!adjust.chance(0.02)) continue;
    const before = lastStars.get(v.code)!;
    const down = before > 1 && (before === 5 || adjust.chance(0.7));
    adjustRows.push({
      id: uuid(),
      regionCode: v.code,
      year,
      stars: down ? before - 1 : before + 1,
      source: 'adjust',
      reason: down ? '发生重大信访事件，动态降星' : '整改成效明显，动态升星',
      effectiveAt: new Date(Date.UTC(year, 5, 1 + adjustRows.length, 2)),
    });
  }
  await insertAll(adjustRows, (c) => db.insert(villageStars).values(c));
  result.adjusted = adjustRows.length;

  // 争创五旗: last year awarded, this year nominated or reviewed; the best villages are flagged.
  const flagRng = rng.fork('flags');
  const villageKinds = kinds.filter((k) => k.level === 'village');
  const ranked = [...villages].sort(
    (a, b) =>
      (scored.get(b.code)?.total ?? 0) - (scored.get(a.code)?.total ?? 0) || (a.code < b.code ? -1 : 1),
  );
  const flagged = Math.round((villages.length * 34) / 173);
  const flagRows: (typeof flagAwards.$inferInsert)[] = [];
  const flagsOf = (codes: typeof villages, y: number, status: 'awarded' | 'nominated' | 'reviewed') => {
    let extra = Math.round((codes.length * 10) / 34);
    for (const [i, v] of codes.entries()) {
      const n = i % 3 === 0 && extra-- > 0 ? 2 : 1;
      const picked = new Set<string>();
      while (picked.size < Math.min(n, villageKinds.length)) picked.add(flagRng.pick(villageKinds).id);
      for (const kindId of picked)
        flagRows.push({
          id: uuid(),
          regionCode: v.code,
          kindId,
          year: y,
          status,
          reason: '综合考评位居前列',
          awardedAt: status === 'awarded' ? new Date(Date.UTC(y, 11, 28, 2)) : null,
        });
    }
  };
  // Roughly the best ones: 34 from the top 45 % by last year's total.
  const pool = ranked.slice(0, Math.max(flagged, Math.round(villages.length * 0.45)));
  const shuffled = pool.map((v) => ({ v, key: flagRng.float() })).sort((x, y) => x.key - y.key);
  const chosen = shuffled.slice(0, flagged).map((x) => x.v);
  flagsOf(chosen, lastYear, 'awarded');
  result.flags = flagRows.length;
  result.flaggedVillages = chosen.length;
  const township = kinds.find((k) => k.level === 'township');
  if (township) {
    const [first] = await db
      .select({ code: regions.code })
      .from(regions)
      .where(eq(regions.parentCode, county))
      .orderBy(asc(regions.code))
      .limit(1);
    if (first)
      flagRows.push({
        id: uuid(),
        regionCode: first.code,
        kindId: township.id,
        year: lastYear,
        status: 'awarded',
        reason: '乡镇党建工作综合考评第一',
        awardedAt: new Date(Date.UTC(lastYear, 11, 28, 2)),
      });
  }
  flagsOf(
    pool.filter(() => flagRng.chance(0.3)).slice(0, Math.round(flagged / 2)),
    year,
    flagRng.chance(0.5) ? 'nominated' : 'reviewed',
  );
  await insertAll(flagRows, (c) => db.insert(flagAwards).values(c));

  // 软弱涣散: the weakest villages of last year's rating; most of last year's are rectified.
  const weakRng = rng.fork('weak');
  const weakest = [...ranked].reverse();
  const lastCount = Math.max(1, Math.round((villages.length * 18) / 173));
  const nowCount = Math.max(1, Math.round((villages.length * 13) / 173));
  const weakRows: (typeof weakOrgs.$inferInsert)[] = [];
  const lastStatuses: WeakStatus[] = ['consolidated', 'consolidated', 'closed', 'closed', 'rectifying'];
  const carried: { id: string; code: string }[] = [];
  for (const [i, v] of weakest.slice(0, lastCount).entries()) {
    const status = i < 2 ? 'rectifying' : weakRng.pick(lastStatuses);
    const closed = status === 'closed' || status === 'consolidated';
    const id = uuid();
    if (status === 'rectifying') carried.push({ id, code: v.code });
    weakRows.push({
      id,
      regionCode: v.code,
      year: lastYear,
      source: (lastStars.get(v.code) ?? 3) <= 1 ? 'rating' : 'nominated',
      situations: [weakRng.pick(['W01', 'W02', 'W03', 'W05'])],
      findings: '组织生活不规范，班子凝聚力不强',
      status,
      leaderName: '县委常委',
      leaderPost: '包抓县领导',
      deadline: `${lastYear}-12-31`,
      closedAt: closed ? new Date(Date.UTC(lastYear, 10, 20, 2)) : null,
      consolidationEnds: closed ? `${year}-11-20` : null,
    });
  }
  const nowStatuses: WeakStatus[] = [
    'identified',
    'assigned',
    'rectifying',
    'rectifying',
    'accepting',
    'closed',
  ];
  const fresh = weakest.slice(lastCount, lastCount + Math.max(0, nowCount - carried.length));
  for (const [i, v] of [...carried.map((c) => ({ code: c.code })), ...fresh].entries()) {
    const status = weakRng.pick(nowStatuses);
    weakRows.push({
      id: uuid(),
      regionCode: v.code,
      year,
      source: i < carried.length ? 'carried' : 'detected',
      situations: [weakRng.pick(['W03', 'W05', 'W08'])],
      findings: i < carried.length ? '上年度未销号，持续整顿' : '群众满意度偏低，组织生活缺项',
      status,
      deadline: `${year}-12-31`,
      closedAt: status === 'closed' ? new Date(Date.UTC(year, 9, 15, 2)) : null,
      consolidationEnds: status === 'closed' ? `${year + 1}-10-15` : null,
      carriedFromId: i < carried.length ? carried[i].id : null,
    });
  }
  await insertAll(weakRows, (c) => db.insert(weakOrgs).values(c));
  result.weak = {
    lastYear: weakRows.filter((w) => w.year === lastYear).length,
    thisYear: weakRows.filter((w) => w.year === year).length,
  };

  for (const table of ['village_ratings', 'rating_scores', 'village_stars', 'flag_awards', 'weak_orgs'])
    await database.rawQuery(`analyze ${table}`);
  const { ms: _, ...diff } = result;
  await db.transaction((tx) =>
    writeAudit(tx as unknown as Db, SYSTEM, {
      action: 'generator.assessments',
      entity: 'region',
      entityId: null,
      regionCode: county,
      diff: { seed: o.seed, year, ...diff },
    }),
  );
  return { ...result, ms: performance.now() - started };
};
