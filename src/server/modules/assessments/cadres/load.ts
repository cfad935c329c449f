import type { Ctx } from '../../../platform/context';
import { getInScope, scopeOf } from '../../../platform/scope';
import { cadreAssessments } from '../tables';

/** One cadre assessment in the caller's scope (NotFound outside), locked for a write. */
export const loadAssessment = (ctx: Ctx, id: string, forUpdate = false) =>
  getInScope(ctx.db, cadreAssessments, id, scopeOf(ctx.actor), { forUpdate });
