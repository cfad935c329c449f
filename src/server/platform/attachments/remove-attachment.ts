import { eq } from 'drizzle-orm';
import type { AttachmentList } from '../../../contracts/api/attachments';
import { auditDiff } from '../audit/diff';
import { writeAudit } from '../audit/write';
import { type Ctx, inTransaction } from '../context';
import { listAttachments } from './list-attachments';
import { loadAttachment } from './load';
import { attachments } from './tables';

/**
 * Unlinks one attachment (audited `attachment.remove` with its file name). The bytes stay in the
 * store until `files:sweep` finds no row pointing at them.
 */
export const removeAttachment = async (ctx: Ctx, attachmentId: string): Promise<AttachmentList> => {
  const { kind, row } = await inTransaction(ctx, async (tx) => {
    const found = await loadAttachment(tx, attachmentId, true);
    await found.kind.assertMayRead(tx, found.record);
    await found.kind.assertMayRemove(tx, found.record, found.row);
    await tx.db.delete(attachments).where(eq(attachments.id, attachmentId));
    await writeAudit(tx.db, tx, {
      action: 'attachment.remove',
      entity: found.kind.kind,
      entityId: found.row.recordId,
      regionCode: found.row.regionCode,
      diff: auditDiff({ id: found.row.id, file: found.row.fileName }, null),
    });
    return found;
  });
  return listAttachments(ctx, kind.kind, row.recordId);
};
