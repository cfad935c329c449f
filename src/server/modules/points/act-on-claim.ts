import type { ClaimView } from '../../../contracts/api/points';
import type { TransitionBody } from '../../../contracts/api/workflow';
import type { Ctx } from '../../platform/context';
import { transition } from '../../platform/workflow/transition';
import { claimViews } from './claim-view';
import { type ClaimAction, claimWorkflow } from './claim-workflow';

/**
 * One step of a claim's workflow (提交、审核通过、退回、重新提交、撤回), through the shared
 * building block: 409 naming the state and what may be done now when the state does not allow it.
 */
export const actOnClaim = async (
  ctx: Ctx,
  claimId: string,
  action: ClaimAction,
  body: TransitionBody = {},
): Promise<ClaimView> => {
  const { record } = await transition(ctx, claimWorkflow, claimId, action, body);
  return (await claimViews(ctx, [record]))[0];
};
