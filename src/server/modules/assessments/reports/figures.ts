import { type SQL, sql } from 'drizzle-orm';
import { type FigureRecords, recordFigure } from '../../../platform/figures/record-figure';
import type { Figure } from '../../../platform/modules/manifest';
import { underRegion } from '../../../platform/scope';
import { villagesRelation } from '../../regions/region-view';
import { flagAwards, flagKinds, ratingCampaigns, villageRatings, weakOrgs } from '../tables';

// Figures dashboards may show from assessments, for a region in the caller's scope (NotFound
// outside it) and a year (this year when absent), each drillable to the ratings, flags or weak
// organizations behind it. The stars come from each county's latest published campaign of the
// year or before.

const r = villageRatings;
const c = ratingCampaigns;

/** Ratings with stars of each county's latest published campaign up to the year, under the region. */
const ratings =
  (where: SQL): FigureRecords =>
  (_ctx, q) =>
    sql`
    select ${r.regionCode} as region_code, ${r.id} as id, coalesce(v.name, ${r.regionCode}) as title, 1 as weight,
      ${r.stars}::text as category
    from ${r} left join ${villagesRelation('v')} on v.code = ${r.regionCode}
    where ${underRegion(r.regionCode, q.regionCode)} and ${r.stars} is not null and ${where}
      and ${r.campaignId} in (select distinct on (${c.regionCode}) ${c.id} from ${c}
        where ${c.status} = 'published' and ${c.year} <= ${q.year}
        order by ${c.regionCode}, ${c.year} desc)`;

const STARS = [1, 2, 3, 4, 5].map((n) => ({
  key: String(n),
  label: { zh: `${'★'.repeat(n)} ${n} 星`, en: `${n} star${n > 1 ? 's' : ''}` },
}));
const RATING = { record: 'rating', permission: 'assess.read' } as const;

export const reportFigures: Figure[] = [
  recordFigure({
    key: 'assess.fiveStarVillages',
    label: { zh: '五星级村党组织数', en: 'Five-star village organizations' },
    definition: {
      zh: '各县该年度（当年未发布则为此前最近一次）已发布的星级评定中评为五星的村数',
      en: 'Villages rated five stars in each county’s published campaign of the year (or the latest one before it)',
    },
    unit: { zh: '个', en: 'villages' },
    ...RATING,
    records: ratings(sql`${r.stars} = 5`),
  }),
  recordFigure({
    key: 'assess.stars',
    label: { zh: '星级村党组织数（按星级）', en: 'Rated village organizations (by stars)' },
    definition: {
      zh: '各县该年度（当年未发布则为此前最近一次）已发布的星级评定中评定了星级的村数，按一至五星分类',
      en: 'Villages given stars in each county’s published campaign of the year (or the latest before it), by stars',
    },
    unit: { zh: '个', en: 'villages' },
    categories: STARS,
    ...RATING,
    records: ratings(sql`true`),
  }),
  recordFigure({
    key: 'assess.flagsAwarded',
    label: { zh: '授予红旗数', en: 'Red flags awarded' },
    definition: {
      zh: '该年度已授予（未撤销）的红旗数，含乡镇、村、屯和户',
      en: 'Flags of the year awarded and not revoked: townships, villages, groups and households',
    },
    unit: { zh: '面', en: 'flags' },
    record: 'flag',
    permission: 'assess.read',
    records: (_ctx, q) => sql`
      select ${flagAwards.regionCode} as region_code, ${flagAwards.id} as id,
        coalesce(k.name, '') || '：' || ${flagAwards.reason} as title, 1 as weight, k.level as category
      from ${flagAwards} left join ${flagKinds} k on k.id = ${flagAwards.kindId}
      where ${underRegion(flagAwards.regionCode, q.regionCode)} and ${flagAwards.status} = 'awarded'
        and ${flagAwards.year} = ${q.year}`,
  }),
  recordFigure({
    key: 'assess.weakRectified',
    label: { zh: '软弱涣散整顿销号数', en: 'Weak organizations rectified' },
    definition: {
      zh: '该年度认定的软弱涣散村党组织中已验收销号（含巩固完成）的个数',
      en: 'Weak organizations identified in the year that passed acceptance (closed or consolidated)',
    },
    unit: { zh: '个', en: 'organizations' },
    record: 'weak_org',
    permission: 'assess.read',
    records: (_ctx, q) => sql`
      select ${weakOrgs.regionCode} as region_code, ${weakOrgs.id} as id, coalesce(v.name, ${weakOrgs.regionCode}) as title,
        1 as weight, ${weakOrgs.kind} as category
      from ${weakOrgs} left join ${villagesRelation('v')} on v.code = ${weakOrgs.regionCode}
      where ${underRegion(weakOrgs.regionCode, q.regionCode)} and ${weakOrgs.status} in ('closed', 'consolidated')
        and ${weakOrgs.year} = ${q.year}`,
  }),
];
