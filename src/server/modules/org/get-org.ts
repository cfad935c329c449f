import type { OrgDetail } from '../../../contracts/api/org';
import type { Ctx } from '../../platform/context';
import { loadOrgInScope, orgNames } from './load-org';
import { toOrgView } from './org-view';
import { orgReferences } from './references';

/** An organization with its parent's name and member counts (its own and its subtree's). */
export const getOrg = async (ctx: Ctx, orgId: string): Promise<OrgDetail> => {
  const row = await loadOrgInScope(ctx, ctx.db, orgId);
  const view = await toOrgView(ctx.db, row);
  const references = await orgReferences(ctx.db, [orgId], { membersOnly: true });
  const parentName = row.parentId
    ? ((await orgNames(ctx, ctx.db, [row.parentId])).get(row.parentId) ?? null)
    : null;
  return {
    ...view,
    parentName,
    members: {
      probationary: references.of('members.probationary', orgId),
      full: references.of('members.full', orgId),
      subtree: view.subtreeMemberCount,
    },
  };
};
