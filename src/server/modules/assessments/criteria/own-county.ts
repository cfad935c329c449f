import { levelOfCode } from '../../../../contracts/region-code';
import type { Ctx } from '../../../platform/context';
import { Forbidden } from '../../../platform/errors';
import { countyCodeOf } from '../../../platform/scope';
import { mayEditCriteria } from './policy';

/** The county whose sets a county admin creates: their own. */
export const ownCriteriaCounty = (ctx: Ctx): string => {
  const county = countyCodeOf(ctx.actor.scopeCode);
  if (levelOfCode(ctx.actor.scopeCode) !== 'county' || !mayEditCriteria(ctx.actor, county))
    throw new Forbidden('只有县级管理员能维护本县的评定标准');
  return county;
};
