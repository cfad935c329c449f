import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { getInScope, scopeOf } from '../../platform/scope';
import { talents } from './tables';

export const loadTalentInScope = async (ctx: Ctx, talentId: string, forUpdate = false) => {
  const row = await getInScope(ctx.db, talents, talentId, scopeOf(ctx.actor), { forUpdate });
  if (row.deletedAt) throw new NotFound();
  return row;
};
