import { and, asc, eq, gt, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { normalizeIdNumber } from '../../../contracts/id-number';
import { maskIdNumber } from '../../../contracts/pii';
import type { Ctx } from '../../platform/context';
import { containsPattern } from '../../platform/db/like';
import type { Db } from '../../platform/db/types';
import { NotFound } from '../../platform/errors';
import { countLivingUnder } from '../../platform/modules/figures';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { households, persons } from './tables';

// What other modules may know of people and households: names and masked ids, loaded in the
// caller's scope. Other modules use these functions, never the tables.

export interface PersonSummary {
  id: string;
  name: string;
  regionCode: string;
  householdId: string | null;
  sex: string;
  birthDate: string | null;
  idNumberMasked: string | null;
}

export const personSummaries = async (ctx: Ctx, ids: string[]): Promise<Map<string, PersonSummary>> => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.db
    .select()
    .from(persons)
    .where(
      and(
        inArray(persons.id, unique),
        inScope(persons.regionCode, scopeOf(ctx.actor)),
        isNull(persons.deletedAt),
      ),
    );
  return new Map(
    rows.map((p) => [
      p.id,
      {
        id: p.id,
        name: p.name,
        regionCode: p.regionCode,
        householdId: p.householdId,
        sex: p.sex,
        birthDate: p.birthDate,
        idNumberMasked: p.idNumberEnc ? maskIdNumber(ctx.pii.decrypt(p.idNumberEnc)) : null,
      },
    ]),
  );
};

/**
 * A living person in the caller's scope by full ID number (through the blind index), for imports
 * that refer to people of the households registry; undefined when there is none.
 */
export const personByIdNumber = async (ctx: Ctx, idNumber: string): Promise<PersonSummary | undefined> => {
  const [row] = await ctx.db
    .select({ id: persons.id })
    .from(persons)
    .where(
      and(
        eq(persons.idNumberIdx, ctx.pii.blindIndex('id_number', normalizeIdNumber(idNumber))),
        inScope(persons.regionCode, scopeOf(ctx.actor)),
        isNull(persons.deletedAt),
      ),
    )
    .limit(1);
  return row ? (await personSummaries(ctx, [row.id])).get(row.id) : undefined;
};

/** One living person in the caller's scope, or NotFound. */
export const getPersonInScope = async (ctx: Ctx, id: string): Promise<PersonSummary> => {
  const person = (await personSummaries(ctx, [id])).get(id);
  if (!person) throw new NotFound('人员不存在或不在您的管辖范围内');
  return person;
};

export interface HouseholdSummary {
  id: string;
  householdNo: string;
  regionCode: string;
  headName: string | null;
  gridId: string | null;
}

/**
 * Living households of the caller's scope as other modules see them (number, village, head's
 * name, small grid), narrowed by `where`: one query shape for the look-ups below.
 */
const summariesWhere = (ctx: Ctx, where?: SQL) =>
  ctx.db
    .select({
      id: households.id,
      householdNo: households.householdNo,
      regionCode: households.regionCode,
      gridId: households.gridId,
      headName: persons.name,
    })
    .from(households)
    .leftJoin(persons, eq(persons.id, households.headPersonId))
    .where(and(inScope(households.regionCode, scopeOf(ctx.actor)), isNull(households.deletedAt), where));

/** A living household of the caller's scope by its number (户编号), for imports. */
export const householdByNo = async (ctx: Ctx, householdNo: string): Promise<HouseholdSummary | undefined> => {
  const [row] = await summariesWhere(ctx, eq(households.householdNo, householdNo)).limit(1);
  return row;
};

/**
 * Households of the caller's scope (under `regionCode` when given) after a household number, in
 * number order: keyset pages for exports such as the grids' household → small grid sheet.
 */
export const householdPage = (ctx: Ctx, o: { regionCode?: string; after: string; limit: number }) =>
  summariesWhere(
    ctx,
    and(
      o.regionCode ? underRegion(households.regionCode, o.regionCode) : undefined,
      gt(households.householdNo, o.after),
    ),
  )
    .orderBy(asc(households.householdNo))
    .limit(o.limit);

export const householdSummaries = async (ctx: Ctx, ids: string[]): Promise<Map<string, HouseholdSummary>> => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await summariesWhere(ctx, inArray(households.id, unique));
  return new Map(rows.map((h) => [h.id, h]));
};

/** Sets the small grid of households (every household sits in exactly one small grid). `db` is the caller's transaction. */
export const assignHouseholdsToGrid = async (
  ctx: Ctx,
  db: Db,
  householdIds: string[],
  gridId: string | null,
) => {
  if (householdIds.length === 0) return 0;
  const updated = await db
    .update(households)
    .set({ gridId, updatedAt: new Date() })
    .where(
      and(
        inArray(households.id, householdIds),
        inScope(households.regionCode, scopeOf(ctx.actor)),
        isNull(households.deletedAt),
      ),
    )
    .returning({ id: households.id });
  if (updated.length !== new Set(householdIds).size) throw new NotFound('部分农户不存在或不在您的管辖范围内');
  return updated.length;
};

/**
 * Ids of living persons in the caller's scope whose name contains `term`, as a subquery for
 * other modules' lists (members, development records): `inArray(table.personId, personIdsNamed(…))`.
 */
export const personIdsNamed = (ctx: Ctx, term: string) =>
  ctx.db
    .select({ id: persons.id })
    .from(persons)
    .where(
      and(
        ilike(persons.name, containsPattern(term)),
        inScope(persons.regionCode, scopeOf(ctx.actor)),
        isNull(persons.deletedAt),
      ),
    );

/** Names of living persons in the caller's scope (nothing decrypted), for lists of other modules. */
export const personNames = async (ctx: Ctx, ids: string[]): Promise<Map<string, string>> => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(and(inArray(persons.id, unique), inScope(persons.regionCode, scopeOf(ctx.actor))));
  return new Map(rows.map((p) => [p.id, p.name]));
};

/**
 * Names of the persons a subquery selects (`select person_id from … where …`), in the caller's
 * scope: the database joins, so a list of thousands sends no list of ids back and forth.
 */
export const personNamesIn = async (ctx: Ctx, personIds: SQL): Promise<Map<string, string>> => {
  const rows = await ctx.db
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(and(inArray(persons.id, personIds), inScope(persons.regionCode, scopeOf(ctx.actor))));
  return new Map(rows.map((p) => [p.id, p.name]));
};

/** Ids of living households in the caller's scope whose number or head's name contains `term` (a subquery). */
export const householdIdsMatching = (ctx: Ctx, term: string) => {
  const like = containsPattern(term);
  return ctx.db
    .select({ id: households.id })
    .from(households)
    .leftJoin(persons, eq(persons.id, households.headPersonId))
    .where(
      and(
        or(ilike(households.householdNo, like), ilike(persons.name, like)),
        inScope(households.regionCode, scopeOf(ctx.actor)),
        isNull(households.deletedAt),
      ),
    );
};

/** Registered (not deleted) households under a region in the caller's scope (NotFound outside it). */
export const countHouseholdsUnder = (ctx: Ctx, regionCode: string): Promise<number> =>
  countLivingUnder(ctx, households, regionCode);

/**
 * Persons as a relation for other modules' figure queries (platform/figures): `alias.id`,
 * `alias.name`, `alias.household_id` and `alias.birth_date`; names only, never ID numbers or phones.
 */
export const personsRelation = (alias: string): SQL =>
  sql`(select ${persons.id} as id, ${persons.name} as name, ${persons.householdId} as household_id,
    ${persons.birthDate} as birth_date from ${persons}) as ${sql.identifier(alias)}`;

/** Households as a relation for other modules' figure queries: `alias.id`, `alias.title` (head's name and number). */
export const householdTitlesRelation = (alias: string): SQL =>
  sql`(select ${households.id} as id,
    coalesce(hp.name, '') || '（' || ${households.householdNo} || '）' as title
    from ${households} left join ${persons} hp on hp.id = ${households.headPersonId}) as ${sql.identifier(alias)}`;
