import type { Ctx } from '../../platform/context';
import { transition } from '../../platform/workflow/transition';
import { getItem } from './item-view';
import { disclosureWorkflow } from './workflow';

// 提交审核、审核公开、退回 (workflow.ts), then the item as its page shows it.

export const actOnItem = async (ctx: Ctx, id: string, action: string, reason?: string) => {
  await transition(ctx, disclosureWorkflow, id, action, { reason: reason ?? null });
  return getItem(ctx, id);
};
