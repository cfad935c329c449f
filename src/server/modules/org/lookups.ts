import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { partyOrgs } from './tables';

// What other modules may know of party organizations (grids bind a branch or a party group).

export interface OrgSummary {
  id: string;
  name: string;
  level: string;
  regionCode: string;
}

/** A living party organization in the caller's scope, or null. */
export const orgInScope = async (ctx: Ctx, orgId: string): Promise<OrgSummary | null> => {
  const [row] = await ctx.db
    .select({
      id: partyOrgs.id,
      name: partyOrgs.name,
      level: partyOrgs.level,
      regionCode: partyOrgs.regionCode,
    })
    .from(partyOrgs)
    .where(
      and(
        eq(partyOrgs.id, orgId),
        inScope(partyOrgs.regionCode, scopeOf(ctx.actor)),
        isNull(partyOrgs.deletedAt),
      ),
    )
    .limit(1);
  return row ?? null;
};

export const orgExistsInScope = async (ctx: Ctx, orgId: string): Promise<boolean> =>
  (await orgInScope(ctx, orgId)) !== null;

/** Names of organizations by id in the caller's scope, for views that show a bound organization. */
export const orgSummaries = async (ctx: Ctx, ids: string[]): Promise<Map<string, OrgSummary>> => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.db
    .select({
      id: partyOrgs.id,
      name: partyOrgs.name,
      level: partyOrgs.level,
      regionCode: partyOrgs.regionCode,
    })
    .from(partyOrgs)
    .where(and(inArray(partyOrgs.id, unique), inScope(partyOrgs.regionCode, scopeOf(ctx.actor))));
  return new Map(rows.map((r) => [r.id, r]));
};
