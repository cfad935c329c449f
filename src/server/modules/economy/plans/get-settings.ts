import { eq } from 'drizzle-orm';
import { toFullCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { assertInScope, countyCodeOf, scopeOf } from '../../../platform/scope';
import { DEFAULT_BANDS } from '../defaults';
import { economySettings } from '../tables';
import { mayEditSettings } from './policy';

// 档次设置: the county's bands and basis, read by everyone in the county (defaults when none saved).

export const getSettings = async (ctx: Ctx, regionCode?: string) => {
  const code = toFullCode(regionCode ?? ctx.actor.scopeCode);
  assertInScope(code, scopeOf(ctx.actor));
  const countyCode = countyCodeOf(code);
  const [row] = await ctx.db
    .select()
    .from(economySettings)
    .where(eq(economySettings.regionCode, countyCode))
    .limit(1);
  return {
    countyCode,
    basis: row?.basis ?? ('operating' as const),
    bands: row ? [...row.bands].sort((a, b) => a.minFen - b.minFen) : [...DEFAULT_BANDS],
    isDefault: !row,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    editable: mayEditSettings(ctx.actor) && ctx.actor.scopeCode === countyCode,
  };
};
