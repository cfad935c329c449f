import type { Ctx } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { getInScope, scopeOf } from '../../../platform/scope';
import { economyAssets, economyBenefits, economyEntities } from '../tables';

// Single records of the assets part, always through the scope: NotFound outside it. Deleted
// assets and entities load only for restore.

type Options = { forUpdate?: boolean; deleted?: boolean };

export const loadAsset = async (ctx: Ctx, id: string, o: Options = {}) => {
  const row = await getInScope(ctx.db, economyAssets, id, scopeOf(ctx.actor), o);
  if (!o.deleted && row.deletedAt) throw new NotFound('资产不存在或已删除');
  return row;
};

export const loadEntity = async (ctx: Ctx, id: string, o: Options = {}) => {
  const row = await getInScope(ctx.db, economyEntities, id, scopeOf(ctx.actor), o);
  if (!o.deleted && row.deletedAt) throw new NotFound('经营主体不存在或已删除');
  return row;
};

export const loadBenefit = (ctx: Ctx, id: string, o: Options = {}) =>
  getInScope(ctx.db, economyBenefits, id, scopeOf(ctx.actor), o);

export type AssetRow = typeof economyAssets.$inferSelect;
export type EntityRow = typeof economyEntities.$inferSelect;
export type BenefitRow = typeof economyBenefits.$inferSelect;
