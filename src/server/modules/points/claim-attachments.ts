import type { AttachableKind } from '../../platform/attachments/kinds';
import { Conflict, Forbidden, NotFound } from '../../platform/errors';
import { ruleOfClaim } from './claim-in-reach';
import type { ClaimRow } from './claim-view';
import { isProposer, mayAddEvidence, maySeeClaim } from './policy';
import { pointsClaims } from './tables';

// 照片证据 of a claim, on the platform's attachments: photos only, at most 6, added while the
// claim is not yet decided (unsent, pending, or returned to be completed), by its proposer or a
// role the rule lets propose or approve; seen by whoever may see the claim.

export const MAX_PHOTOS_PER_CLAIM = 6;
const OPEN: ClaimRow['status'][] = ['draft', 'pending', 'returned'];

export const claimAttachments: AttachableKind<ClaimRow> = {
  kind: 'points_claim',
  label: { zh: '申报', en: 'claim' },
  table: pointsClaims,
  accept: ['image'],
  maxFiles: MAX_PHOTOS_PER_CLAIM,
  assertMayRead: (ctx, claim) => {
    if (!maySeeClaim(ctx.actor, claim)) throw new NotFound();
  },
  assertMayAdd: async (ctx, claim) => {
    if (!OPEN.includes(claim.status)) throw new Conflict('只能为尚未审核的申报上传照片');
    if (!mayAddEvidence(ctx.actor, claim, await ruleOfClaim(ctx, claim)))
      throw new Forbidden('您的角色不能为此项申报上传照片');
  },
  assertMayRemove: (ctx, claim, photo) => {
    if (!OPEN.includes(claim.status)) throw new Conflict('申报已审核，照片不能再删除');
    if (!isProposer(ctx.actor, claim) && photo.createdBy !== ctx.actor.userId)
      throw new Forbidden('只有申报人或上传人可以删除此照片');
  },
};
