import type { Ctx } from '../../platform/context';
import { Forbidden } from '../../platform/errors';
import { countyOf, isInScope, scopeOf } from '../../platform/scope';
import { countyExists } from './division-data';
import { importCounty, unknownCounty } from './import-county';

/** An admin imports (or refreshes) only counties inside its own scope. */
export const importCountyInScope = async (ctx: Ctx, fullCountyCode: string) => {
  const countyCode = countyOf(fullCountyCode);
  // A code that names no county is a typing error whoever enters it: say so, not "not yours".
  if (!(await countyExists(countyCode))) throw unknownCounty(countyCode);
  if (!isInScope(fullCountyCode, scopeOf(ctx.actor))) throw new Forbidden('只能导入您管辖范围内的区县');
  return importCounty(ctx.db, ctx, countyCode);
};
