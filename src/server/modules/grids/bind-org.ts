import type { Ctx } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { orgInScope } from '../org/lookups';
import type { GridTier } from './grid-code';
import { mayBindOrg } from './policy';

/** The party organization exists in the caller's scope and is of a kind the grid may bind. */
export const assertOrgBindable = async (ctx: Ctx, tier: GridTier, orgId: string) => {
  const org = await orgInScope(ctx, orgId);
  if (!org) throw invalidField('partyOrgId', '党组织不存在或不在您的管辖范围内');
  if (!mayBindOrg(tier, org.level)) throw invalidField('partyOrgId', '网格只能绑定党支部或党小组');
};
