import type { Ctx } from '../context';
import { NotFound } from '../errors';
import type { FileStore } from '../files/store';
import { loadAttachment } from './load';

/** One attachment's bytes (a photo's thumbnail on request) for a caller who may see its record. */
export const attachmentFile = async (
  ctx: Ctx,
  store: FileStore,
  attachmentId: string,
  size: 'full' | 'thumb',
): Promise<{ bytes: Buffer; mime: string; fileName: string; category: 'image' | 'document' }> => {
  const { row, kind, record } = await loadAttachment(ctx, attachmentId);
  await kind.assertMayRead(ctx, record);
  const key = size === 'thumb' && row.thumbKey ? row.thumbKey : row.storageKey;
  const bytes = await store.get(key);
  if (!bytes) throw new NotFound('附件文件缺失，请联系管理员');
  return {
    bytes,
    mime: size === 'thumb' && row.thumbKey ? 'image/jpeg' : row.mime,
    fileName: row.fileName,
    category: row.category,
  };
};
