import type { Ctx } from '../../platform/context';
import { claimInReach } from './claim-in-reach';
import { claimViews } from './claim-view';

/** 申报详情: a claim in reach (a party member's own); 404 for any other. */
export const getClaim = async (ctx: Ctx, claimId: string) =>
  (await claimViews(ctx, [await claimInReach(ctx, claimId)]))[0];
