import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { personIdsNamed, personNamesIn, personsRelation } from '../households/lookups';
import { partyMembers } from './tables';

// What other modules may know of party members: name, branch and village, in the caller's scope.

export interface MemberSummary {
  id: string;
  personId: string;
  orgId: string;
  regionCode: string;
  status: string;
  name: string;
}

/** Living members of the caller's scope matching `where`, with their names. */
const membersWhere = async (ctx: Ctx, where: SQL | undefined): Promise<MemberSummary[]> => {
  const filter = and(
    where,
    inScope(partyMembers.regionCode, scopeOf(ctx.actor)),
    isNull(partyMembers.deletedAt),
  );
  const [rows, names] = await Promise.all([
    ctx.db
      .select({
        id: partyMembers.id,
        personId: partyMembers.personId,
        orgId: partyMembers.orgId,
        regionCode: partyMembers.regionCode,
        status: partyMembers.status,
      })
      .from(partyMembers)
      .where(filter),
    personNamesIn(ctx, sql`(select ${partyMembers.personId} from ${partyMembers} where ${filter})`),
  ]);
  return rows.map((r) => ({ ...r, name: names.get(r.personId) ?? '' }));
};

export const memberSummaries = async (ctx: Ctx, ids: string[]): Promise<Map<string, MemberSummary>> => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  return new Map((await membersWhere(ctx, inArray(partyMembers.id, unique))).map((m) => [m.id, m]));
};

/** Living members under a region or in a branch, in the caller's scope, with their names. */
export const membersIn = (ctx: Ctx, o: { regionCode?: string; orgId?: string }): Promise<MemberSummary[]> =>
  membersWhere(
    ctx,
    and(
      o.regionCode ? underRegion(partyMembers.regionCode, o.regionCode) : undefined,
      o.orgId ? eq(partyMembers.orgId, o.orgId) : undefined,
    ),
  );

/** The member record of a person (the logged-in member's own), if any. */
export const memberOfPerson = async (ctx: Ctx, personId: string) => {
  const [row] = await ctx.db
    .select({ id: partyMembers.id })
    .from(partyMembers)
    .where(and(eq(partyMembers.personId, personId), isNull(partyMembers.deletedAt)))
    .limit(1);
  return row?.id ?? null;
};

/** Ids of living members in the caller's scope whose name contains `term` (a subquery). */
export const memberIdsNamed = (ctx: Ctx, term: string) =>
  ctx.db
    .select({ id: partyMembers.id })
    .from(partyMembers)
    .where(
      and(
        inArray(partyMembers.personId, personIdsNamed(ctx, term)),
        inScope(partyMembers.regionCode, scopeOf(ctx.actor)),
        isNull(partyMembers.deletedAt),
      ),
    );

/** Party members as a relation for other modules' figure queries: `alias.id` and `alias.name` (no ID numbers or phones). */
export const memberNamesRelation = (alias: string): SQL =>
  sql`(select ${partyMembers.id} as id, mn.name as name from ${partyMembers}
    left join ${personsRelation('mn')} on mn.id = ${partyMembers.personId}) as ${sql.identifier(alias)}`;
