import type { WeakActionBody } from '../../../../contracts/api/assess-weak';
import type { Ctx } from '../../../platform/context';
import { transition } from '../../../platform/workflow/transition';
import { getWeak } from './get-weak';
import { weakWorkflow } from './workflow';

// 整顿流转: one step of workflow.ts, then the record as its page shows it.

export const actOnWeak = async (ctx: Ctx, weakId: string, action: string, b: WeakActionBody) => {
  const { reason, deadline, rating: _r, ...extra } = b;
  await transition(ctx, weakWorkflow, weakId, action, { reason, deadline, extra });
  return getWeak(ctx, weakId);
};
