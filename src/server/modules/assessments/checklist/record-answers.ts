import { sql } from 'drizzle-orm';
import { newId } from '../../../platform/auth/session';
import type { Ctx } from '../../../platform/context';
import { checklistEntries } from '../tables';
import { installedFigures } from './figures';
import type { ChecklistItemRow } from './item-view';
import { recordAnswer } from './policy';

// Items the records answer: the figure is computed for the village and year and stored on the entry
// (record_value, record_at) with `done` = its answer, so the summary counts stored rows in one
// statement. This runs when the village's checklist of the current year is read and when a
// township or the county refreshes (POST /api/assess/checklist/refresh); a past year keeps what was
// last read (the figures describe the present). Every active item gets an entry row, so evidence
// can be attached before anything is ticked.

/** Entry rows for every active item of the village and year (none changed). */
export const ensureEntries = async (ctx: Ctx, village: string, year: number, items: ChecklistItemRow[]) => {
  if (items.length === 0) return;
  await ctx.db
    .insert(checklistEntries)
    .values(items.map((i) => ({ id: newId(), regionCode: village, year, itemId: i.id })))
    .onConflictDoNothing();
};

/** Reads the record-answered items' figures now and stores them; returns how many were stored. */
export const refreshRecordAnswers = async (
  ctx: Ctx,
  village: string,
  year: number,
  items: ChecklistItemRow[],
): Promise<number> => {
  const figures = installedFigures();
  const now = new Date();
  const rows = [];
  for (const item of items) {
    const figure = item.source ? figures.get(item.source.figure) : undefined;
    if (!item.source || !figure) continue;
    const value = await figure.compute(ctx, { regionCode: village, year });
    rows.push({
      id: newId(),
      regionCode: village,
      year,
      itemId: item.id,
      done: recordAnswer(item.code, item.source, value),
      recordValue: value,
      recordAt: now,
      updatedAt: now,
    });
  }
  if (rows.length === 0) return 0;
  await ctx.db
    .insert(checklistEntries)
    .values(rows)
    .onConflictDoUpdate({
      target: [checklistEntries.regionCode, checklistEntries.year, checklistEntries.itemId],
      set: {
        done: sql`excluded.done`,
        recordValue: sql`excluded.record_value`,
        recordAt: sql`excluded.record_at`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
  return rows.length;
};
