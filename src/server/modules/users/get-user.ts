import { users } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/types';
import { getInScope, scopeOf } from '../../platform/scope';
import { toUserView } from './user-view';

export const loadUserInScope = (ctx: Ctx, db: Db, userId: string, forUpdate = false) =>
  getInScope(db, users, userId, scopeOf(ctx.actor), { forUpdate });

export const getUser = async (ctx: Ctx, userId: string) =>
  toUserView(ctx, await loadUserInScope(ctx, ctx.db, userId));
