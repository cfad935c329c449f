import { and, count, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Figure } from '../../platform/modules/manifest';
import { assertInScope, inScope, scopeOf, underRegion } from '../../platform/scope';
import { beijingYear } from '../economy/projects/dates';
import { villagesRelation } from '../regions/region-view';
import { disclosureItems } from './tables';

// Figures of 十公开 for dashboards and the figure catalogue (指标目录).

const d = disclosureItems;
/** Party and village affairs are disclosed at least quarterly (CATALOGUES.md §9). */
export const OVERDUE_DAYS = 92;

export const publishedFigure: Figure = {
  key: 'disclosure.published',
  label: { zh: '已公开事项数', en: 'Published disclosures' },
  definition: {
    zh: '该区划内各村当年（按公开期间的年度）经乡镇审核公开、未撤回的事项数；更正后的事项只计一次',
    en: 'Items of the villages under the region for the year (by their period) approved and published, not withdrawn; a corrected item counts once',
  },
  unit: { zh: '条', en: 'items' },
  compute: async (ctx, q) => {
    assertInScope(q.regionCode, scopeOf(ctx.actor));
    const [{ n }] = await ctx.db
      .select({ n: count() })
      .from(d)
      .where(
        and(
          inScope(d.regionCode, scopeOf(ctx.actor)),
          underRegion(d.regionCode, q.regionCode),
          eq(d.year, q.year ?? beijingYear()),
          eq(d.status, 'published'),
          ne(d.change, 'withdrawal'),
          isNull(d.deletedAt),
        ),
      );
    return n;
  },
};

export const villagesOverdueFigure: Figure = {
  key: 'disclosure.villagesOverdue',
  label: { zh: '超过一个季度未公开的村', en: 'Villages with no disclosure this quarter' },
  definition: {
    zh: `该区划内近 ${OVERDUE_DAYS} 天没有新公开事项的村（社区）数（党务村务至少每季度公开一次）；不分年度`,
    en: `Villages under the region with no item published in the last ${OVERDUE_DAYS} days (at least quarterly); not by year`,
  },
  unit: { zh: '个', en: 'villages' },
  compute: async (ctx, q) => {
    assertInScope(q.regionCode, scopeOf(ctx.actor));
    const code = sql`v.code`;
    const { rows } = (await ctx.db.execute(sql`
      select count(*)::int as n from ${villagesRelation('v')}
      where ${and(inScope(code, scopeOf(ctx.actor)), underRegion(code, q.regionCode))}
      and not exists (select 1 from ${d} where ${d.regionCode} = v.code and ${d.deletedAt} is null
        and ${d.publishedAt} >= now() - make_interval(days => ${OVERDUE_DAYS}))`)) as unknown as {
      rows: { n: number }[];
    };
    return Number(rows[0]?.n ?? 0);
  },
};
