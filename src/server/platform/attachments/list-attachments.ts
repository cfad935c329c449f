import type { AttachmentList } from '../../../contracts/api/attachments';
import type { Ctx } from '../context';
import { attachableKind } from './kinds';
import { loadRecord } from './load';
import { attachmentsOf } from './views';

/** How many more files the caller may add to the record now: 0 when it may not add at all. */
export const slotsLeftOn = async (
  ctx: Ctx,
  kindName: string,
  record: Record<string, unknown>,
  have: number,
) => {
  const kind = attachableKind(kindName);
  try {
    await kind.assertMayAdd(ctx, record);
  } catch {
    return 0;
  }
  return Math.max(0, kind.maxFiles - have);
};

/** A record's attachments, for a caller who may see the record. */
export const listAttachments = async (
  ctx: Ctx,
  kindName: string,
  recordId: string,
): Promise<AttachmentList> => {
  const kind = attachableKind(kindName);
  const record = await loadRecord(ctx, kind, recordId);
  await kind.assertMayRead(ctx, record);
  const items = (await attachmentsOf(ctx, kind.kind, [recordId])).get(recordId) ?? [];
  return { items, slotsLeft: await slotsLeftOn(ctx, kind.kind, record, items.length) };
};
