import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { AttachmentView } from '../../../contracts/api/attachments';
import type { Ctx } from '../context';
import type { AttachmentRow } from './kinds';
import { attachments } from './tables';

export const toAttachmentView = (r: AttachmentRow): AttachmentView => ({
  id: r.id,
  recordKind: r.recordKind,
  recordId: r.recordId,
  category: r.category,
  mime: r.mime,
  fileName: r.fileName,
  bytes: r.bytes,
  width: r.width,
  height: r.height,
  createdByName: r.createdByName,
  createdAt: r.createdAt.toISOString(),
});

/**
 * The attachments of several records of one kind, for a module's list views. The caller has
 * already loaded the records in its scope.
 */
export const attachmentsOf = async (
  ctx: Ctx,
  recordKind: string,
  recordIds: string[],
): Promise<Map<string, AttachmentView[]>> => {
  const out = new Map<string, AttachmentView[]>(recordIds.map((id) => [id, []]));
  if (recordIds.length === 0) return out;
  const rows = await ctx.db
    .select()
    .from(attachments)
    .where(and(eq(attachments.recordKind, recordKind), inArray(attachments.recordId, recordIds)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
  for (const r of rows) out.get(r.recordId)?.push(toAttachmentView(r));
  return out;
};

/** How many files a record holds (for limits and for `needs.evidence` of a workflow). */
export const attachmentCount = async (ctx: Ctx, recordKind: string, recordId: string): Promise<number> => {
  const [{ n }] = await ctx.db
    .select({ n: count() })
    .from(attachments)
    .where(and(eq(attachments.recordKind, recordKind), eq(attachments.recordId, recordId)));
  return n;
};

/** How many files each of several records of one kind holds (lists show a photo count). */
export const attachmentCounts = async (
  ctx: Ctx,
  recordKind: string,
  recordIds: string[],
): Promise<Map<string, number>> => {
  const out = new Map<string, number>(recordIds.map((id) => [id, 0]));
  if (recordIds.length === 0) return out;
  const rows = await ctx.db
    .select({ recordId: attachments.recordId, n: count() })
    .from(attachments)
    .where(and(eq(attachments.recordKind, recordKind), inArray(attachments.recordId, recordIds)))
    .groupBy(attachments.recordId);
  for (const r of rows) out.set(r.recordId, r.n);
  return out;
};
