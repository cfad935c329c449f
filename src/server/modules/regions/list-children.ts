import type { Ctx } from '../../platform/context';
import { getRegion } from './get-region';
import { childrenOf, toRegion } from './region-view';

/** The direct children of a region inside the caller's scope (townships of a county, …). */
export const listChildren = async (ctx: Ctx, code: string) => {
  await getRegion(ctx, code);
  const rows = await childrenOf(ctx.db, code);
  return { items: rows.map(toRegion) };
};
