import { toFullCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { invalidField } from '../../../platform/errors';
import { assertInScope, isInScope, isUnder, scopeOf } from '../../../platform/scope';
import { regionName } from '../../regions/region-view';
import { countyBands } from '../bands';
import { targetProgress } from '../tiers';
import { loadTarget, toTargetViews } from './target-view';
import { villageIncomes } from './village-incomes';

// How far the villages under a region are from a target in a year (default the target's year):
// tiers.ts targetProgress over every village (no account counts as 0), the villages below the floor named.

export const getTargetProgress = async (
  ctx: Ctx,
  targetId: string,
  q: { regionCode?: string; year?: number },
) => {
  const target = await loadTarget(ctx, targetId);
  const scope = scopeOf(ctx.actor);
  const regionCode = toFullCode(
    q.regionCode ?? (isInScope(target.regionCode, scope) ? target.regionCode : ctx.actor.scopeCode),
  );
  assertInScope(regionCode, scope);
  if (!isUnder(regionCode, target.regionCode))
    throw invalidField('regionCode', '所选区划不在该目标的适用范围内');
  const year = q.year ?? target.byYear;
  const { basis } = await countyBands(ctx.db, regionCode);
  const villages = await villageIncomes(ctx.db, regionCode, year, basis);
  const progress = targetProgress(
    villages.map((v) => v.incomeFen),
    target,
  );
  const below =
    target.everyMinFen == null
      ? []
      : villages
          .filter((v) => v.incomeFen < target.everyMinFen!)
          .sort((a, b) => a.incomeFen - b.incomeFen || a.code.localeCompare(b.code));
  return {
    target: (await toTargetViews(ctx, [target]))[0],
    regionCode,
    regionName: await regionName(ctx.db, regionCode),
    year,
    basis,
    withoutAccount: villages.filter((v) => !v.hasAccount).length,
    ...progress,
    below,
  };
};
