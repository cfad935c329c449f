import type { Ctx } from '../../platform/context';
import { actOnClaim } from './act-on-claim';

/** 退回: with a reason the proposer sees on the home page; nothing is posted. */
export const returnClaim = (ctx: Ctx, claimId: string, reason: string) =>
  actOnClaim(ctx, claimId, 'return', { reason });
