import type { Ctx } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { mayEditRuleAt } from './policy';

const REFUSALS = {
  'not-a-rule-level': '规则只能属于县、乡镇或村',
  // A township or village may not edit the county's catalogue, though the county's rules apply to it.
  above: '只能修改本级制定的规则',
  outside: '该区划不在您的管辖范围内',
} as const;

/** Only the level that owns a rule edits it: the county its catalogue, a village its 村规民约. */
export const assertRuleOwner = (ctx: Ctx, regionCode: string, field = 'regionCode') => {
  const answer = mayEditRuleAt(ctx.actor, { regionCode });
  if (answer !== 'yes') throw invalidField(field, REFUSALS[answer]);
};
