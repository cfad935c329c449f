import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/types';
import { invalidField, NotFound } from '../../platform/errors';
import { getInScope, isInScope, scopeOf } from '../../platform/scope';
import { regionNames } from '../regions/region-view';
import { partyOrgs } from './tables';

/** One organization in the caller's scope (deleted ones too, for restore); NotFound otherwise. */
export const loadOrgInScope = (ctx: Ctx, db: Db, orgId: string, forUpdate = false) =>
  getInScope(db, partyOrgs, orgId, scopeOf(ctx.actor), { forUpdate });

/** A living organization in scope: what members, records and units may be attached to. */
export const loadLiveOrgInScope = async (ctx: Ctx, db: Db, orgId: string, forUpdate = false) => {
  const org = await loadOrgInScope(ctx, db, orgId, forUpdate);
  if (org.deletedAt) throw new NotFound('党组织不存在或已删除');
  return org;
};

/** Names of organizations the caller may see (others are left out). */
export { orgNames } from './org-names';

/** A region typed by the user must exist and lie in the caller's scope. */
export const assertRegionUsable = async (ctx: Ctx, db: Db, regionCode: string) => {
  if (!isInScope(regionCode, scopeOf(ctx.actor)))
    throw invalidField('regionCode', '所选区划不在您的管辖范围内');
  if (!(await regionNames(db, [regionCode])).has(regionCode))
    throw invalidField('regionCode', '区划不存在，请先导入该区县');
};
