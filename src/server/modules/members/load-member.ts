import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { getInScope, scopeOf } from '../../platform/scope';
import { partyMembers } from './tables';

/** One living member in the caller's scope (the branch's region), or NotFound. */
export const loadMemberInScope = async (ctx: Ctx, memberId: string, forUpdate = false) => {
  const member = await getInScope(ctx.db, partyMembers, memberId, scopeOf(ctx.actor), { forUpdate });
  if (member.deletedAt) throw new NotFound();
  return member;
};
