import type { Ctx } from '../context';
import { getInScope, scopeOf } from '../scope';
import { type AttachableKind, type AttachmentRow, attachableKind } from './kinds';
import { attachments } from './tables';

/** The record an attachment belongs to, loaded in the caller's scope (NotFound outside). */
export const loadRecord = async (ctx: Ctx, kind: AttachableKind, recordId: string, forUpdate = false) =>
  (await getInScope(ctx.db, kind.table, recordId, scopeOf(ctx.actor), { forUpdate })) as Record<
    string,
    unknown
  >;

/** One attachment with its kind and record, each in the caller's scope; NotFound otherwise. */
export const loadAttachment = async (
  ctx: Ctx,
  attachmentId: string,
  forUpdate = false,
): Promise<{ row: AttachmentRow; kind: AttachableKind; record: Record<string, unknown> }> => {
  const row = await getInScope(ctx.db, attachments, attachmentId, scopeOf(ctx.actor), { forUpdate });
  const kind = attachableKind(row.recordKind);
  return { row, kind, record: await loadRecord(ctx, kind, row.recordId, forUpdate) };
};
