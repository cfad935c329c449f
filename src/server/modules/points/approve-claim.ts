import type { Ctx } from '../../platform/context';
import { actOnClaim } from './act-on-claim';

/** 审核通过: posts the claim's points once; a second approval is refused (409), never posted twice. */
export const approveClaim = (ctx: Ctx, claimId: string) => actOnClaim(ctx, claimId, 'approve');
