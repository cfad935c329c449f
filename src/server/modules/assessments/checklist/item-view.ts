import type { ChecklistItemView, ChecklistSource } from '../../../../contracts/api/assess-checklist';
import type { checklistItems } from '../tables';
import { figureLabel, installedFigures } from './figures';

export type ChecklistItemRow = typeof checklistItems.$inferSelect;

export const itemView = (r: ChecklistItemRow, figures = installedFigures()): ChecklistItemView => ({
  id: r.id,
  regionCode: r.regionCode,
  code: r.code,
  group: r.group,
  name: r.name,
  evidence: r.evidence,
  source: (r.source as ChecklistSource | null) ?? null,
  sourceLabel: r.source ? figureLabel(figures, r.source.figure) : null,
  active: r.active,
  sort: r.sort,
  updatedAt: r.updatedAt.toISOString(),
});

/** What the audit log keeps of an item. */
export const auditedItem = (v: ChecklistItemView) => ({
  code: v.code,
  group: v.group,
  name: v.name,
  evidence: v.evidence,
  source: v.source,
  active: v.active,
  sort: v.sort,
});
