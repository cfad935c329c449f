import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { regionNames } from '../regions/region-view';
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

/**
 * The living organizations of the caller's scope as an import's drop-down offers them: by name,
 * or "name（村）" where two share a name; `resolve` also takes the organization's id.
 */
export const orgChoices = async (ctx: Ctx, levels?: readonly string[]) => {
  const rows = await ctx.db
    .select({
      id: partyOrgs.id,
      name: partyOrgs.name,
      level: partyOrgs.level,
      regionCode: partyOrgs.regionCode,
    })
    .from(partyOrgs)
    .where(
      and(
        inScope(partyOrgs.regionCode, scopeOf(ctx.actor)),
        isNull(partyOrgs.deletedAt),
        levels ? inArray(partyOrgs.level, [...levels]) : undefined,
      ),
    )
    .orderBy(partyOrgs.regionCode, partyOrgs.name);
  const places = await regionNames(
    ctx.db,
    rows.map((r) => r.regionCode),
  );
  const named = new Map<string, number>();
  for (const r of rows) named.set(r.name, (named.get(r.name) ?? 0) + 1);
  const label = (r: OrgSummary) =>
    (named.get(r.name) ?? 0) > 1 ? `${r.name}（${places.get(r.regionCode) ?? r.regionCode}）` : r.name;
  const byKey = new Map<string, OrgSummary>();
  for (const r of rows) {
    byKey.set(r.id, r);
    byKey.set(label(r), r);
  }
  return {
    labels: rows.map(label),
    label: (id: string) => {
      const r = byKey.get(id);
      return r ? label(r) : null;
    },
    resolve: (text: string) => byKey.get(text.trim()),
  };
};
