import { sql } from 'drizzle-orm';
import type { ChecklistSummary, ChecklistSummaryQuery } from '../../../../contracts/api/assess-checklist';
import type { Ctx } from '../../../platform/context';
import { ancestorAt, inScope, scopeOf, underRegion } from '../../../platform/scope';
import { checklistEntries, checklistItems } from '../tables';
import { beijingYear, completionRate, meanRate } from './policy';
import { summaryVillages } from './summary-scope';

// 十有五化完成率: per village done ÷ the county's active items, per township the mean of its villages
// and the number with all done. One statement counts every village's done entries of active items;
// record-answered items count by the answer stored when they were last read (record-answers.ts), so
// the summary reads no figure itself. A village never opened counts 0 done.

export const checklistSummary = async (ctx: Ctx, q: ChecklistSummaryQuery): Promise<ChecklistSummary> => {
  const year = q.year ?? beijingYear();
  const { county, base, villages, townships } = await summaryVillages(ctx, q.township);
  const e = checklistEntries;
  const i = checklistItems;
  const { rows } = (await ctx.db.execute(sql`
    with active as (select ${i.id} as id, ${i.source} is not null as from_records from ${i}
      where ${i.regionCode} = ${county} and ${i.active})
    select null as region_code, (select count(*)::int from active) as done, null as record_at
    union all
    select ${e.regionCode}, (count(*) filter (where ${e.done}))::int,
      min(${e.recordAt}) filter (where active.from_records)
    from ${e} join active on active.id = ${e.itemId}
    where ${e.year} = ${year} and ${inScope(e.regionCode, scopeOf(ctx.actor))} and ${underRegion(e.regionCode, base)}
    group by ${e.regionCode}`)) as unknown as {
    rows: { region_code: string | null; done: number; record_at: Date | string | null }[];
  };
  const total = Number(rows.find((r) => r.region_code === null)?.done ?? 0);
  const byVillage = new Map(rows.filter((r) => r.region_code).map((r) => [r.region_code as string, r]));
  const villageRows = villages.map((v) => {
    const r = byVillage.get(v.code);
    const done = Number(r?.done ?? 0);
    return {
      regionCode: v.code,
      name: v.name,
      townshipCode: ancestorAt(v.code, 'township'),
      done,
      total,
      rate: completionRate(done, total),
      allDone: total > 0 && done === total,
      recordAt: r?.record_at ? new Date(r.record_at).toISOString() : null,
    };
  });
  const townshipRows = townships.map((t) => {
    const own = villageRows.filter((v) => v.townshipCode === t.code);
    return {
      regionCode: t.code,
      name: t.name,
      villages: own.length,
      meanRate: meanRate(own),
      allDone: own.filter((v) => v.allDone).length,
    };
  });
  return { year, county, activeItems: total, townships: townshipRows, villages: villageRows };
};
