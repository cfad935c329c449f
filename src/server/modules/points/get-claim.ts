import type { ClaimDetail } from '../../../contracts/api/points';
import type { Ctx } from '../../platform/context';
import { historyOf } from '../../platform/workflow/history';
import { claimInReach } from './claim-in-reach';
import { claimViews } from './claim-view';
import { claimWorkflow } from './claim-workflow';

/** 申报详情 with its steps: a claim in reach (a party member's own); 404 for any other. */
export const getClaim = async (ctx: Ctx, claimId: string): Promise<ClaimDetail> => {
  const claim = await claimInReach(ctx, claimId);
  const [view] = await claimViews(ctx, [claim]);
  return { ...view, history: await historyOf(ctx, claimWorkflow, claimId) };
};
