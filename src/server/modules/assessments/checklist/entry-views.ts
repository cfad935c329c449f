import { and, eq, inArray } from 'drizzle-orm';
import type { ChecklistEntryView } from '../../../../contracts/api/assess-checklist';
import { attachmentCounts } from '../../../platform/attachments/views';
import type { Ctx } from '../../../platform/context';
import { checklistEntries } from '../tables';
import { CHECKLIST_ENTRY_KIND } from './entry-attachments';
import { figureLabel, installedFigures } from './figures';
import type { ChecklistItemRow } from './item-view';
import { sourceRule } from './policy';

/** The entries of a village and year for the given items (in their order), with evidence counts. */
export const entryViews = async (
  ctx: Ctx,
  village: string,
  year: number,
  items: ChecklistItemRow[],
): Promise<ChecklistEntryView[]> => {
  if (items.length === 0) return [];
  const rows = await ctx.db
    .select()
    .from(checklistEntries)
    .where(
      and(
        eq(checklistEntries.regionCode, village),
        eq(checklistEntries.year, year),
        inArray(
          checklistEntries.itemId,
          items.map((i) => i.id),
        ),
      ),
    );
  const byItem = new Map(rows.map((r) => [r.itemId, r]));
  const counts = await attachmentCounts(
    ctx,
    CHECKLIST_ENTRY_KIND,
    rows.map((r) => r.id),
  );
  const figures = installedFigures();
  return items.flatMap((item) => {
    const e = byItem.get(item.id);
    if (!e) return [];
    const label = item.source ? figureLabel(figures, item.source.figure) : null;
    return [
      {
        id: e.id,
        itemId: item.id,
        code: item.code,
        group: item.group,
        name: item.name,
        evidence: item.evidence,
        done: e.done,
        note: e.note,
        fromRecords: item.source !== null,
        sourceLabel: label,
        sourceRule: item.source && label ? sourceRule(label, item.source) : null,
        recordValue: e.recordValue,
        recordAt: e.recordAt?.toISOString() ?? null,
        evidenceCount: counts.get(e.id) ?? 0,
        updatedAt: e.updatedAt.toISOString(),
      },
    ];
  });
};
