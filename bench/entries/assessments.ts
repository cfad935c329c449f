import { eq } from 'drizzle-orm';
import type { RatingListQuery } from '../../src/contracts/api/assess-campaign';
import { type AssessmentsResult, generateAssessments } from '../../src/generator/assessments';
import { countiesOf } from '../../src/generator/prefecture';
import { listRatings } from '../../src/server/modules/assessments/campaign/list-ratings';
import { whatIf } from '../../src/server/modules/assessments/criteria/what-if';
import { starsReport } from '../../src/server/modules/assessments/reports/stars-report';
import { importCounty } from '../../src/server/modules/regions/import-county';
import { actorOf } from '../../src/server/platform/auth/session';
import { users } from '../../src/server/platform/auth/tables';
import type { Ctx } from '../../src/server/platform/context';
import type { BenchEntry, BenchEnv } from '../harness';
import type { Scale } from './households';

// Assessments (issue 13): two years of star ratings with 40 indicators per criteria set — 田东's
// 173 villages at county scale, 黔东南's 2,438 at prefecture scale — and the reads a campaign
// waits on: a township's review list, the county's stars summary (app vs raw SQL), the what-if
// of a new set over every village. npm run bench -- --only assessments [--scale prefecture].

interface AssessFixture {
  counties: string[];
  results: AssessmentsResult[];
  ms: number;
  /** The county the reads look at (田东, or 黔东南's county with most villages) and its largest township. */
  county: string;
  township: string;
  /** This year's open campaign of that county and its set (the what-if's set). */
  campaignId: string;
  setId: string;
  /** Each county's set of this year, for the what-if over the prefecture. */
  sets: { county: string; setId: string }[];
  countyCtx: Ctx;
  townshipCtx: Ctx;
  /** A context of each county's administrator. */
  countyCtxs: Ctx[];
}

const SYSTEM = { actor: null, meta: { requestId: 'bench', ip: null } };
const fixtures = new WeakMap<object, Promise<AssessFixture>>();

const assessFixture = (env: BenchEnv, scale: Scale) => {
  const key = env.services.database;
  if (!fixtures.has(key))
    fixtures.set(
      key,
      (async (): Promise<AssessFixture> => {
        const counties = scale === 'county' ? ['451022'] : await countiesOf('5226');
        const q = env.services.database.rawQuery;
        for (const code of counties) {
          const [had] = await q(`select 1 from regions where code = '${code}000000'`);
          if (!had) await importCounty(env.services.database.db, SYSTEM, code);
        }
        const t0 = performance.now();
        const results: AssessmentsResult[] = [];
        for (const code of counties) {
          const [had] = await q(`select 1 from rating_campaigns where region_code = '${code}000000'`);
          if (!had)
            results.push(
              await generateAssessments(env.services.database, {
                countyCode: code,
                seed: 2026,
                indicators: 40,
              }),
            );
        }
        const ms = performance.now() - t0;
        const [{ county }] = await q<{ county: string }>(
          `select left(region_code, 6) as county from village_ratings group by 1 order by count(*) desc, 1 limit 1`,
        );
        const [{ township }] = await q<{ township: string }>(
          `select left(region_code, 9) || '000' as township from village_ratings
           where region_code >= '${county}' and region_code < '${county}z' group by 1 order by count(*) desc, 1 limit 1`,
        );
        const open = await q<{ county: string; id: string; set: string }>(
          `select region_code as county, id, set_id as set from rating_campaigns where status = 'open' order by 1`,
        );
        const mine = open.find((c) => c.county === `${county}000000`)!;
        const [user] = await env.services.database.db
          .select()
          .from(users)
          .where(eq(users.id, env.ctx.actor.userId));
        const as = (role: typeof user.role, regionCode: string): Ctx => ({
          ...env.ctx,
          actor: actorOf({ ...user, role, regionCode }),
        });
        return {
          counties,
          results,
          ms,
          county,
          township,
          campaignId: mine.id,
          setId: mine.set,
          sets: open.map((c) => ({ county: c.county, setId: c.set })),
          countyCtx: as('county_admin', `${county}000000`),
          townshipCtx: as('township', township),
          countyCtxs: open.map((c) => as('county_admin', c.county)),
        };
      })(),
    );
  return fixtures.get(key)!;
};

const under = (prefix: string, alias: string) =>
  `${alias}.region_code >= '${prefix}' and ${alias}.region_code < '${prefix}z'`;

/**
 * The township's review list as GET /api/assess/campaigns/:campaignId/ratings answers it (use case
 * listRatings: first page of 20 by village, with names, totals, stars, the indicators the township
 * changed, evidence and filled counts, and the total as a window count), and the same by hand.
 */
const reviewList = (ctx: Ctx, campaignId: string) =>
  listRatings(ctx, campaignId, { page: 1, pageSize: 20, sort: 'village' } as RatingListQuery);

const rawReviewList = async (env: BenchEnv, f: AssessFixture) => {
  const q = env.services.database.rawQuery;
  // listRatings first finds the campaign in the caller's scope; so does this.
  await q(`select * from rating_campaigns where id = $1 and ${under(f.county, 'rating_campaigns')}`, [
    f.campaignId,
  ]);
  return q(
    `select r.id, r.campaign_id, r.region_code, g.name as village_name, t.code as township_code, t.name as township_name,
       r.status, r.self_total, r.review_total, r.computed_stars, r.stars,
       (select count(*)::int from rating_scores s where s.rating_id = r.id and s.review_value is not null
          and s.review_value is distinct from s.self_value) as changed,
       (select coalesce(sum(jsonb_array_length(s.links)), 0)::int from rating_scores s where s.rating_id = r.id) as links,
       (select count(*)::int from rating_scores s join attachments a on a.record_kind = 'rating_score' and a.record_id = s.id
          where s.rating_id = r.id) as files,
       (select count(*)::int from rating_scores s where s.rating_id = r.id and s.self_value is not null) as filled,
       r.updated_at, count(*) over () as total
     from village_ratings r
       left join regions g on g.code = r.region_code
       left join regions t on t.code = rpad(left(r.region_code, 9), 12, '0')
     where r.campaign_id = $1 and ${under(f.township.slice(0, 9), 'r')}
     order by r.region_code limit 20`,
    [f.campaignId],
  );
};

/** The county's published years, as the report lists them for its year filter. */
const rawYears = (env: BenchEnv, f: AssessFixture) =>
  env.services.database.rawQuery(
    `select year from rating_campaigns where region_code = '${f.county}000000' and status = 'published' order by 1 desc`,
  );

const rawNames = (env: BenchEnv, rows: { township: string }[]) =>
  env.services.database.rawQuery<{ code: string; name: string }>(
    `select code, name from regions where code = any($1)`,
    [[...new Set(rows.map((r) => r.township))]],
  );

/** The county's stars of last year's published campaign by township, by hand (years, counts, names). */
const rawStars = async (env: BenchEnv, f: AssessFixture) => {
  const q = env.services.database.rawQuery;
  const years = rawYears(env, f);
  const rows = await q<{ township: string; stars: number; n: number }>(
    `select rpad(left(r.region_code, 9), 12, '0') as township, r.stars, count(*)::int as n
     from village_ratings r where r.campaign_id = (select id from rating_campaigns
       where region_code = '${f.county}000000' and status = 'published' order by year desc limit 1)
       and r.stars is not null and ${under(f.county, 'r')} group by 1, 2`,
  );
  return { rows, names: await rawNames(env, rows), years: await years };
};

const rawCurrentStars = async (env: BenchEnv, f: AssessFixture) => {
  const years = rawYears(env, f);
  const rows = await env.services.database.rawQuery<{ township: string }>(
    `select rpad(left(s.region_code, 9), 12, '0') as township, s.stars, count(*)::int as n from (
       select distinct on (region_code) region_code, stars from village_stars v where ${under(f.county, 'v')}
       order by region_code, effective_at desc, created_at desc, id desc) s group by 1, 2`,
  );
  return { rows, names: await rawNames(env, rows), years: await years };
};

export const assessmentsEntries = (scale: Scale): BenchEntry[] => {
  let last: AssessFixture | null = null;
  let whatIfNote = '';
  const label = scale === 'county' ? '田东, 173 villages' : '黔东南';
  return [
    {
      name: `assessments: generate two years × 40 indicators (${label})`,
      scale,
      once: true,
      app: async (env) => {
        last = await assessFixture(env, scale);
      },
      note: () => {
        if (!last) return '';
        const sum = (k: 'villages' | 'ratings' | 'scores') => last!.results.reduce((s, r) => s + r[k], 0);
        return `${sum('villages')} villages, ${sum('ratings')} ratings, ${sum('scores')} scores in ${(last.ms / 1000).toFixed(1)} s; reads on county ${last.county}, township ${last.township}`;
      },
    },
    {
      name: "assessments: a township's review list, page of 20 (use case listRatings)",
      scale,
      prepare: (env) => assessFixture(env, scale),
      app: async (env) => {
        const f = await assessFixture(env, scale);
        return reviewList(f.townshipCtx, f.campaignId);
      },
      raw: async (env) => rawReviewList(env, await assessFixture(env, scale)),
    },
    {
      name: 'assessments: county stars by township, published campaign (use case starsReport)',
      scale,
      prepare: (env) => assessFixture(env, scale),
      app: async (env) => {
        const f = await assessFixture(env, scale);
        return starsReport(f.countyCtx, { view: 'campaign' });
      },
      raw: async (env) => rawStars(env, await assessFixture(env, scale)),
    },
    {
      name: 'assessments: county stars now, after dynamic adjustments (use case starsReport)',
      scale,
      prepare: (env) => assessFixture(env, scale),
      app: async (env) => {
        const f = await assessFixture(env, scale);
        return starsReport(f.countyCtx, { view: 'current' });
      },
      raw: async (env) => rawCurrentStars(env, await assessFixture(env, scale)),
    },
    {
      name: `assessments: what-if of this year's set over last year's campaign, ${scale === 'county' ? 'the county' : 'every county of the prefecture'} (use case whatIf)`,
      scale,
      once: true,
      prepare: (env) => assessFixture(env, scale),
      app: async (env) => {
        const f = await assessFixture(env, scale);
        const t0 = performance.now();
        let villages = 0;
        let slowest = 0;
        for (const [i, s] of f.sets.entries()) {
          const t = performance.now();
          const r = await whatIf(f.countyCtxs[i], s.setId, {});
          slowest = Math.max(slowest, performance.now() - t);
          villages += r.counts.up + r.counts.down + r.counts.same;
        }
        whatIfNote = `${f.sets.length} county what-ifs over ${villages} villages in ${(performance.now() - t0).toFixed(0)} ms, slowest county ${slowest.toFixed(0)} ms`;
      },
      note: () => whatIfNote,
    },
  ];
};
