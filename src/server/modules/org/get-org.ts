import { sql } from 'drizzle-orm';
import type { OrgDetail } from '../../../contracts/api/org';
import type { Ctx } from '../../platform/context';
import { memberCountsByOrg } from '../members/counts';
import { loadOrgInScope, orgNames } from './load-org';
import { toOrgView } from './org-view';

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
  const counts = await memberCountsByOrg(ctx.db, ids);
  const own = counts.get(orgId);
  let subtree = 0;
  for (const c of counts.values()) subtree += c.probationary + c.full;
  const parentName = row.parentId
    ? ((await orgNames(ctx, ctx.db, [row.parentId])).get(row.parentId) ?? null)
    : null;
  return {
    ...view,
    parentName,
    members: { probationary: own?.probationary ?? 0, full: own?.full ?? 0, subtree },
  };
};
