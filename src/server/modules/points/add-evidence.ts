import { count, eq } from 'drizzle-orm';
import type { ClaimView } from '../../../contracts/api/points';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, Forbidden, invalidField } from '../../platform/errors';
import type { UploadedPhoto } from '../../platform/files/photo-upload';
import type { FileStore } from '../../platform/files/store';
import { countyOf } from '../../platform/scope';
import { claimInReach, ruleOfClaim } from './claim-in-reach';
import { claimViews } from './claim-view';
import { mayAddEvidence } from './policy';
import { type pointsClaims, pointsEvidence } from './tables';

// 照片证据: photos kept with a claim while it waits for approval. The files are written to the
// store before the rows, outside the transaction (rendering and storing take far longer than a
// transaction should hold PGlite's one connection); a refused transaction leaves unreferenced
// files behind, never a row without its file.

export const MAX_PHOTOS_PER_CLAIM = 6;

type ClaimRow = typeof pointsClaims.$inferSelect;

/** The proposer, or a role the claim's rule lets propose or approve; only while it is pending. */
const assertMayAddEvidence = async (ctx: Ctx, claim: ClaimRow) => {
  if (claim.status !== 'pending') throw new Conflict('只能为待审核的申报上传照片');
  if (!mayAddEvidence(ctx.actor, claim, await ruleOfClaim(ctx, claim)))
    throw new Forbidden('您的角色不能为此项申报上传照片');
};

const photosOf = async (ctx: Ctx, claimId: string) => {
  const [{ n }] = await ctx.db
    .select({ n: count() })
    .from(pointsEvidence)
    .where(eq(pointsEvidence.claimId, claimId));
  return n;
};

/** How many more photos the caller may add to the claim now; refuses before any byte is read. */
export const evidenceSlotsLeft = async (ctx: Ctx, claimId: string): Promise<number> => {
  const claim = await claimInReach(ctx, claimId);
  await assertMayAddEvidence(ctx, claim);
  const left = MAX_PHOTOS_PER_CLAIM - (await photosOf(ctx, claimId));
  if (left <= 0) throw invalidField('files', `每条申报最多 ${MAX_PHOTOS_PER_CLAIM} 张照片，已满`);
  return left;
};

/** Stores the rendered photos and links them to the claim (audited points.evidence.add). */
export const addEvidence = async (
  ctx: Ctx,
  files: FileStore,
  claimId: string,
  photos: UploadedPhoto[],
): Promise<ClaimView> => {
  const claim = await claimInReach(ctx, claimId);
  const stored: { id: string; base: string; photo: UploadedPhoto }[] = [];
  for (const photo of photos) {
    const id = newId();
    const base = `points-evidence/${countyOf(claim.regionCode)}/${claim.id}/${id}`;
    await files.put(`${base}.jpg`, photo.full.bytes, photo.mime);
    await files.put(`${base}-thumb.jpg`, photo.thumb.bytes, photo.mime);
    stored.push({ id, base, photo });
  }
  return inTransaction(ctx, async (tx) => {
    const locked = await claimInReach(tx, claimId, { forUpdate: true });
    await assertMayAddEvidence(tx, locked);
    const already = await photosOf(tx, claimId);
    if (already + photos.length > MAX_PHOTOS_PER_CLAIM)
      throw invalidField(
        'files',
        `每条申报最多 ${MAX_PHOTOS_PER_CLAIM} 张照片，已有 ${already} 张，本次最多还能上传 ${Math.max(0, MAX_PHOTOS_PER_CLAIM - already)} 张`,
      );
    await tx.db.insert(pointsEvidence).values(
      stored.map(({ id, base, photo }) => ({
        id,
        regionCode: locked.regionCode,
        claimId: locked.id,
        storageKey: `${base}.jpg`,
        thumbKey: `${base}-thumb.jpg`,
        mime: photo.mime,
        bytes: photo.full.bytes.length,
        width: photo.full.width,
        height: photo.full.height,
        createdBy: tx.actor.userId,
      })),
    );
    await writeAudit(tx.db, tx, {
      action: 'points.evidence.add',
      entity: 'points_claim',
      entityId: locked.id,
      regionCode: locked.regionCode,
      diff: auditDiff(null, { photos: stored.map(({ id, photo }) => ({ id, file: photo.fileName })) }),
    });
    return (await claimViews(tx, [locked]))[0];
  });
};
