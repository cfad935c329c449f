import type { AttachmentList } from '../../../contracts/api/attachments';
import { auditDiff } from '../audit/diff';
import { writeAudit } from '../audit/write';
import { newId } from '../auth/session';
import { type Ctx, inTransaction } from '../context';
import { invalidField } from '../errors';
import type { FileStore } from '../files/store';
import { countyOf } from '../scope';
import { attachableKind, countWords } from './kinds';
import { listAttachments } from './list-attachments';
import { loadRecord } from './load';
import { attachments } from './tables';
import type { PreparedFile } from './upload';
import { attachmentCount } from './views';

/** How many files the caller may still add; refuses (404, 403, 409, 422) before any byte is read. */
export const slotsLeft = async (ctx: Ctx, kindName: string, recordId: string): Promise<number> => {
  const kind = attachableKind(kindName);
  const record = await loadRecord(ctx, kind, recordId);
  await kind.assertMayRead(ctx, record);
  await kind.assertMayAdd(ctx, record);
  const left = kind.maxFiles - (await attachmentCount(ctx, kind.kind, recordId));
  const w = countWords(kind);
  if (left <= 0)
    throw invalidField('files', `每条${kind.label.zh}最多 ${kind.maxFiles} ${w.unit}${w.noun}，已满`);
  return left;
};

/**
 * Stores the files, then links them to the record (audited `attachment.add`). Files are written
 * before the transaction (storing takes far longer than a transaction should hold PGlite's one
 * connection): a refused transaction leaves files without rows, which `files:sweep` removes,
 * never a row without its file.
 */
export const addAttachments = async (
  ctx: Ctx,
  store: FileStore,
  kindName: string,
  recordId: string,
  files: PreparedFile[],
): Promise<AttachmentList> => {
  const kind = attachableKind(kindName);
  const first = await loadRecord(ctx, kind, recordId);
  const folder = `attachments/${countyOf(first.regionCode as string)}/${kind.kind}/${recordId}`;
  const stored: { id: string; storageKey: string; thumbKey: string | null; file: PreparedFile }[] = [];
  for (const file of files) {
    const id = newId();
    const ext = file.fileName.split('.').pop() ?? 'bin';
    const storageKey = `${folder}/${id}.${file.category === 'image' ? 'jpg' : ext}`;
    await store.put(storageKey, file.bytes, file.mime);
    const thumbKey = file.thumb ? `${folder}/${id}-thumb.jpg` : null;
    if (file.thumb && thumbKey) await store.put(thumbKey, file.thumb, 'image/jpeg');
    stored.push({ id, storageKey, thumbKey, file });
  }
  await inTransaction(ctx, async (tx) => {
    const record = await loadRecord(tx, kind, recordId, true);
    await kind.assertMayRead(tx, record);
    await kind.assertMayAdd(tx, record);
    const have = await attachmentCount(tx, kind.kind, recordId);
    if (have + files.length > kind.maxFiles) {
      const w = countWords(kind);
      throw invalidField(
        'files',
        `每条${kind.label.zh}最多 ${kind.maxFiles} ${w.unit}${w.noun}，已有 ${have} ${w.unit}，本次最多还能上传 ${Math.max(0, kind.maxFiles - have)} ${w.unit}`,
      );
    }
    await tx.db.insert(attachments).values(
      stored.map(({ id, storageKey, thumbKey, file }) => ({
        id,
        regionCode: record.regionCode as string,
        recordKind: kind.kind,
        recordId,
        category: file.category,
        mime: file.mime,
        fileName: file.fileName,
        bytes: file.bytes.length,
        width: file.width,
        height: file.height,
        storageKey,
        thumbKey,
        createdBy: tx.actor.userId,
        createdByName: tx.actor.displayName,
      })),
    );
    await writeAudit(tx.db, tx, {
      action: 'attachment.add',
      entity: kind.kind,
      entityId: recordId,
      regionCode: record.regionCode as string,
      diff: auditDiff(null, {
        files: stored.map(({ id, file }) => ({ id, file: file.fileName, kind: file.category })),
      }),
    });
  });
  return listAttachments(ctx, kind.kind, recordId);
};
