import { levelOfCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { invalidField } from '../../../platform/errors';
import { isInScope, scopeOf } from '../../../platform/scope';
import { catalogueCounty } from '../../events/catalogue-county';
import { descendantsOf } from '../../regions/list-descendants';

// The villages a summary or a refresh covers: those of the township asked (or of the caller's
// county), limited to the caller's scope; and the county whose catalogue they follow.

export const summaryVillages = async (ctx: Ctx, township?: string) => {
  if (township && levelOfCode(township) !== 'township') throw invalidField('township', '请选择乡镇（街道）');
  if (township && !isInScope(township, scopeOf(ctx.actor)))
    throw invalidField('township', '所选乡镇不在您的管辖范围内');
  const county = catalogueCounty(ctx, township);
  const scope = scopeOf(ctx.actor);
  const inScope = <T extends { code: string }>(rows: T[]) => rows.filter((r) => isInScope(r.code, scope));
  const [villages, townships] = await Promise.all([
    descendantsOf(ctx.db, township ?? county, 'village'),
    descendantsOf(ctx.db, township ?? county, 'township'),
  ]);
  return {
    county,
    base: township ?? county,
    villages: inScope(villages),
    townships: inScope(townships),
  };
};
