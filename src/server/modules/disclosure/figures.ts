import { sql } from 'drizzle-orm';
import { recordFigure } from '../../platform/figures/record-figure';
import type { Figure } from '../../platform/modules/manifest';
import { underRegion } from '../../platform/scope';
import { villagesRelation } from '../regions/region-view';
import { disclosureItems } from './tables';

// Figures of 十公开 for dashboards and the figure catalogue (指标目录), each drillable to the items
// or villages behind it.

const d = disclosureItems;
/** Party and village affairs are disclosed at least quarterly (CATALOGUES.md §9). */
export const OVERDUE_DAYS = 92;

export const publishedFigure: Figure = recordFigure({
  key: 'disclosure.published',
  label: { zh: '已公开事项数', en: 'Published disclosures' },
  definition: {
    zh: '该区划内各村当年（按公开期间的年度）经乡镇审核公开、未撤回的事项数；更正后的事项只计一次',
    en: 'Items of the villages under the region for the year (by their period) approved and published, not withdrawn; a corrected item counts once',
  },
  unit: { zh: '条', en: 'items' },
  record: 'disclosure',
  permission: 'disclosure.read',
  records: (_ctx, q) => sql`
    select ${d.regionCode} as region_code, ${d.id} as id, ${d.title} || '（' || ${d.period} || '）' as title,
      1 as weight, null::text as category
    from ${d}
    where ${underRegion(d.regionCode, q.regionCode)} and ${d.year} = ${q.year} and ${d.status} = 'published'
      and ${d.change} <> 'withdrawal' and ${d.deletedAt} is null`,
});

export const villagesOverdueFigure: Figure = recordFigure({
  key: 'disclosure.villagesOverdue',
  label: { zh: '超过一个季度未公开的村', en: 'Villages with no disclosure this quarter' },
  definition: {
    zh: `该区划内近 ${OVERDUE_DAYS} 天没有新公开事项的村（社区）数（党务村务至少每季度公开一次）；不分年度`,
    en: `Villages under the region with no item published in the last ${OVERDUE_DAYS} days (at least quarterly); not by year`,
  },
  unit: { zh: '个', en: 'villages' },
  perYear: false,
  record: 'disclosure_village',
  permission: 'disclosure.read',
  records: (_ctx, q) => sql`
    select v.code as region_code, v.code as id, v.name as title, 1 as weight, null::text as category
    from ${villagesRelation('v')}
    where ${underRegion(sql`v.code`, q.regionCode)}
      and not exists (select 1 from ${d} where ${d.regionCode} = v.code and ${d.deletedAt} is null
        and ${d.publishedAt} >= now() - make_interval(days => ${OVERDUE_DAYS}))`,
});
