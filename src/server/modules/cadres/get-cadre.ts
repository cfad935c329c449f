import { isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { getInScope, scopeOf } from '../../platform/scope';
import { toCadreView } from './cadre-view';
import { cadres } from './tables';

/** A living cadre record in the caller's scope, or NotFound. */
export const loadCadreInScope = async (ctx: Ctx, cadreId: string, forUpdate = false) => {
  const row = await getInScope(ctx.db, cadres, cadreId, scopeOf(ctx.actor), { forUpdate });
  if (row.deletedAt) throw new NotFound();
  return row;
};

export const getCadre = async (ctx: Ctx, cadreId: string) =>
  toCadreView(ctx, await loadCadreInScope(ctx, cadreId));

export const livingCadre = isNull(cadres.deletedAt);
