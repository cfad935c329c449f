import type { CaseActionBody } from '../../../../contracts/api/visits-cases';
import type { Ctx } from '../../../platform/context';
import { transition } from '../../../platform/workflow/transition';
import { getCase } from './get-case';
import { caseWorkflow } from './workflow';

// 识别流转: one step of workflow.ts, then the case as its page shows it.

export const actOnCase = async (ctx: Ctx, caseId: string, action: string, b: CaseActionBody) => {
  const { reason, deadline: _d, rating: _r, ...extra } = b;
  await transition(ctx, caseWorkflow, caseId, action, { reason, extra });
  return getCase(ctx, caseId);
};
