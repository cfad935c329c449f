import { and, asc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { loadLiveOrgInScope } from './load-org';
import { toOrgViews } from './org-view';
import { partyOrgs } from './tables';

const parent = alias(partyOrgs, 'parent');

/**
 * One level of the tree, loaded lazily: the children of `parentId`, or without it the tops the
 * caller can see (organizations whose parent is missing, deleted or outside the scope).
 */
export const orgTree = async (ctx: Ctx, parentId?: string) => {
  const scope = scopeOf(ctx.actor);
  let where: SQL;
  if (parentId) {
    await loadLiveOrgInScope(ctx, ctx.db, parentId);
    where = and(eq(partyOrgs.parentId, parentId), inScope(partyOrgs.regionCode, scope)) as SQL;
  } else {
    // Spelled out: Drizzle may leave the outer column unqualified, which the subquery would misread.
    const parentVisible = sql`exists (select 1 from "party_orgs" as "parent" where ${parent.id} = "party_orgs"."parent_id" and ${parent.deletedAt} is null and ${inScope(parent.regionCode, scope)})`;
    where = and(
      inScope(partyOrgs.regionCode, scope),
      or(isNull(partyOrgs.parentId), sql`not ${parentVisible}`),
    ) as SQL;
  }
  const rows = await ctx.db
    .select()
    .from(partyOrgs)
    .where(and(where, isNull(partyOrgs.deletedAt)))
    .orderBy(asc(partyOrgs.sortOrder), asc(partyOrgs.regionCode), asc(partyOrgs.name), asc(partyOrgs.id))
    .limit(500);
  return { items: await toOrgViews(ctx.db, rows) };
};
