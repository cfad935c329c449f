import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import type { FileStore } from '../../platform/files/store';
import { getInScope, scopeOf } from '../../platform/scope';
import { claimInReach } from './claim-in-reach';
import { pointsEvidence } from './tables';

/** One photo's bytes (full size or thumbnail) for a caller whose scope covers the claim. */
export const evidencePhoto = async (
  ctx: Ctx,
  files: FileStore,
  evidenceId: string,
  size: 'full' | 'thumb',
): Promise<{ bytes: Buffer; mime: string }> => {
  const photo = await getInScope(ctx.db, pointsEvidence, evidenceId, scopeOf(ctx.actor));
  await claimInReach(ctx, photo.claimId);
  const bytes = await files.get(size === 'thumb' ? photo.thumbKey : photo.storageKey);
  if (!bytes) throw new NotFound('照片文件缺失，请联系管理员');
  return { bytes, mime: photo.mime };
};
