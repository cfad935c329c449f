import type { Ctx } from '../../../platform/context';
import { getInScope, scopeOf } from '../../../platform/scope';
import { economyAccounts, economyIncomeLines } from '../tables';

/** One account in the caller's scope (NotFound outside), locked for a write. */
export const loadAccount = (ctx: Ctx, id: string, forUpdate = false) =>
  getInScope(ctx.db, economyAccounts, id, scopeOf(ctx.actor), { forUpdate });

/** One income line in the caller's scope (NotFound outside), locked for a write. */
export const loadLine = (ctx: Ctx, id: string, forUpdate = false) =>
  getInScope(ctx.db, economyIncomeLines, id, scopeOf(ctx.actor), { forUpdate });
