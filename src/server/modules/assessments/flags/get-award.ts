import { and, eq } from 'drizzle-orm';
import type { FlagAwardDetail } from '../../../../contracts/api/assess-flags';
import type { TransitionBody } from '../../../../contracts/api/workflow';
import type { Ctx } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { inScope, scopeOf } from '../../../platform/scope';
import { historyOf } from '../../../platform/workflow/history';
import { transition } from '../../../platform/workflow/transition';
import { flagAwards } from '../tables';
import { awardViews, selectAwards } from './award-view';
import { flagWorkflow } from './flag-workflow';
import { visibleKinds } from './kinds-county';

/** One award in the caller's scope with its steps and what the caller may do now; NotFound outside. */
export const getAward = async (ctx: Ctx, awardId: string): Promise<FlagAwardDetail> => {
  const [row] = await selectAwards(ctx).where(
    and(eq(flagAwards.id, awardId), inScope(flagAwards.regionCode, scopeOf(ctx.actor)), visibleKinds(ctx)),
  );
  if (!row) throw new NotFound('红旗提名不存在或不在您的管辖范围内');
  const [[view], history] = await Promise.all([
    awardViews(ctx, [row]),
    historyOf(ctx, flagWorkflow, awardId),
  ]);
  return { ...view, history };
};

/** 审核、授旗、不予通过、撤销: one step of the award's workflow (409 naming the state when it may not). */
export const actOnAward = async (ctx: Ctx, awardId: string, action: string, body: TransitionBody = {}) => {
  await transition(ctx, flagWorkflow, awardId, action, body);
  return getAward(ctx, awardId);
};
