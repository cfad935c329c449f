import type { Ctx } from '../../platform/context';
import { Forbidden } from '../../platform/errors';
import { isInScope, scopeOf } from '../../platform/scope';
import { importCounty } from './import-county';

/** An admin imports (or refreshes) only counties inside its own scope. */
export const importCountyInScope = (ctx: Ctx, fullCountyCode: string) => {
  if (!isInScope(fullCountyCode, scopeOf(ctx.actor))) throw new Forbidden('只能导入您管辖范围内的区县');
  return importCounty(ctx.db, ctx, fullCountyCode.slice(0, 6));
};
