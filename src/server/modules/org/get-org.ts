import { sql } from 'drizzle-orm';
import type { OrgDetail } from '../../../contracts/api/org';
import type { Ctx } from '../../platform/context';
import { loadOrgInScope, orgNames } from './load-org';
import { toOrgView } from './org-view';
import { orgReferences } from './references';

/** Ids of an organization and every living organization below it. */
const subtreeIds = async (ctx: Ctx, orgId: string): Promise<string[]> => {
  const result = await ctx.db.execute<{ id: string }>(sql`
    with recursive sub(id) as (
      select id from party_orgs where id = ${orgId}
      union all
      select o.id from party_orgs o join sub on o.parent_id = sub.id where o.deleted_at is null
    )
    select id from sub`);
  return (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
};

/** An organization with its parent's name and member counts (its own and its subtree's). */
export const getOrg = async (ctx: Ctx, orgId: string): Promise<OrgDetail> => {
  const row = await loadOrgInScope(ctx, ctx.db, orgId);
  const view = await toOrgView(ctx.db, row);
  const ids = await subtreeIds(ctx, orgId);
  const references = await orgReferences(ctx.db, ids, { membersOnly: true });
  const subtree = ids.reduce((sum, id) => sum + references.members(id), 0);
  const parentName = row.parentId
    ? ((await orgNames(ctx, ctx.db, [row.parentId])).get(row.parentId) ?? null)
    : null;
  return {
    ...view,
    parentName,
    members: {
      probationary: references.of('members.probationary', orgId),
      full: references.of('members.full', orgId),
      subtree,
    },
  };
};
