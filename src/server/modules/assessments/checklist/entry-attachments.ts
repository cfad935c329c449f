import type { AttachableKind } from '../../../platform/attachments/kinds';
import { Forbidden } from '../../../platform/errors';
import { checklistEntries } from '../tables';
import { beijingYear, entryRefusal, mayRemoveEvidence } from './policy';

// 佐证材料 of a checklist entry (photos and PDF), on the platform's attachments. Read by whoever sees
// the village; added and removed by whoever may fill the entry's year now (the uploader, or the
// township and county, removes).

type EntryRow = typeof checklistEntries.$inferSelect;

export const CHECKLIST_ENTRY_KIND = 'checklist_entry';

const assertMayFill = (role: Parameters<typeof entryRefusal>[0], entry: EntryRow) => {
  const refusal = entryRefusal(role, entry.year, beijingYear());
  if (refusal) throw new Forbidden(refusal);
};

export const checklistEntryAttachments: AttachableKind<EntryRow> = {
  kind: CHECKLIST_ENTRY_KIND,
  label: { zh: '十有五化佐证', en: 'checklist evidence' },
  table: checklistEntries,
  accept: ['image', 'document'],
  maxFiles: 9,
  assertMayRead: () => {},
  assertMayAdd: (ctx, entry) => assertMayFill(ctx.actor.role, entry),
  assertMayRemove: (ctx, entry, file) => {
    assertMayFill(ctx.actor.role, entry);
    if (!mayRemoveEvidence(ctx.actor.role, ctx.actor.userId, file.createdBy))
      throw new Forbidden('只有上传人或乡镇、县级可以删除佐证材料');
  },
};
