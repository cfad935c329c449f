import { and, asc, eq, inArray, isNull, like, type SQL, sql } from 'drizzle-orm';
import type { HouseholdFilters } from '../../../contracts/api/households';
import { checkIdNumber, ID_NUMBER_MESSAGES } from '../../../contracts/id-number';
import { PHONE_PATTERN } from '../../../contracts/pii';
import type { Ctx } from '../../platform/context';
import { escapeLike } from '../../platform/db/like';
import { invalidField } from '../../platform/errors';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { households, persons } from './tables';

// One search box for names, pinyin initials, the last 4 ID digits, a full ID number or phone
// (through the blind index, never by decrypting) and household numbers; see docs/registries/households.md.

export type SearchKind = 'idNumber' | 'phone' | 'last4' | 'initials' | 'householdNo' | 'name';

export const searchKindOf = (q: string): SearchKind => {
  if (/^\d{17}[\dXx]$/.test(q)) return 'idNumber';
  if (PHONE_PATTERN.test(q)) return 'phone';
  if (/^\d{3}[\dXx]$/.test(q)) return 'last4';
  if (/^[a-zA-Z]{1,32}$/.test(q)) return 'initials';
  if (/^[0-9A-Za-z-]+$/.test(q)) return 'householdNo';
  return 'name';
};

/**
 * The condition a person must meet to match `q`; null for a household-number search. An ID
 * number that cannot exist (wrong check digit …) is an input error, not "no household".
 */
export const personMatch = (ctx: Ctx, q: string): SQL | null => {
  switch (searchKindOf(q)) {
    case 'idNumber': {
      const problem = checkIdNumber(q);
      if (problem) throw invalidField('q', `${ID_NUMBER_MESSAGES[problem]}，请核对后再查`);
      return eq(persons.idNumberIdx, ctx.pii.blindIndex('id_number', q));
    }
    case 'phone':
      return eq(persons.phoneIdx, ctx.pii.blindIndex('phone', q));
    case 'last4':
      return eq(persons.idLast4, q.toUpperCase());
    case 'initials':
      return like(persons.initials, `${escapeLike(q.toLowerCase())}%`);
    case 'householdNo':
      return null;
    default:
      return like(persons.name, `%${escapeLike(q)}%`);
  }
};

/** Region filter: a village or township code narrows the caller's scope. */
const regionFilter = (column: typeof households.regionCode | typeof persons.regionCode, code?: string) =>
  code ? underRegion(column, code) : undefined;

const personConditions = (ctx: Ctx, f: HouseholdFilters, q: SQL | null): (SQL | undefined)[] => [
  inScope(persons.regionCode, scopeOf(ctx.actor)),
  isNull(persons.deletedAt),
  f.labour ? eq(persons.labour, f.labour) : undefined,
  f.leftBehind ? eq(persons.leftBehind, f.leftBehind) : undefined,
  q ?? undefined,
];

/** WHERE of the household list: scope, household filters, and members matching person filters or q. */
export const householdWhere = (ctx: Ctx, f: HouseholdFilters): SQL => {
  const q = f.q ? personMatch(ctx, f.q) : null;
  const needsMembers = Boolean(f.labour || f.leftBehind || q);
  const members = needsMembers
    ? sql`${households.id} in (select ${persons.householdId} from ${persons} where ${and(...personConditions(ctx, f, q))})`
    : undefined;
  return and(
    inScope(households.regionCode, scopeOf(ctx.actor)),
    regionFilter(households.regionCode, f.regionCode),
    f.includeDeleted === 'true' ? undefined : isNull(households.deletedAt),
    f.povertyStatus ? eq(households.povertyStatus, f.povertyStatus) : undefined,
    f.relocated ? eq(households.relocated, f.relocated === 'true') : undefined,
    f.q && !q ? like(households.householdNo, `${escapeLike(f.q)}%`) : undefined,
    members,
  ) as SQL;
};

/** WHERE of the person list: person filters plus household filters through the household. */
export const personWhere = (ctx: Ctx, f: HouseholdFilters): SQL => {
  const q = f.q ? personMatch(ctx, f.q) : null;
  const householdLevel = Boolean(f.povertyStatus || f.relocated || (f.q && !q));
  const inHouseholds = householdLevel
    ? sql`${persons.householdId} in (select ${households.id} from ${households} where ${householdWhere(ctx, { ...f, labour: undefined, leftBehind: undefined, q: q ? undefined : f.q })})`
    : undefined;
  return and(
    ...personConditions(ctx, f, q),
    regionFilter(persons.regionCode, f.regionCode),
    inHouseholds,
  ) as SQL;
};

/**
 * The living members other than the head who match `q`, per household of a listed page: the list
 * says 「成员 黄某某」 when a household is there because of someone else than its head.
 */
export const membersMatching = async (
  ctx: Ctx,
  q: string | undefined,
  listed: { id: string; headPersonId: string | null }[],
): Promise<Map<string, { name: string; relation: string }[]>> => {
  const match = q ? personMatch(ctx, q) : null;
  const byHousehold = new Map<string, { name: string; relation: string }[]>();
  if (!match || listed.length === 0) return byHousehold;
  const heads = new Set(listed.map((h) => h.headPersonId));
  const rows = await ctx.db
    .select({
      id: persons.id,
      householdId: persons.householdId,
      name: persons.name,
      relation: persons.relation,
    })
    .from(persons)
    .where(
      and(
        inScope(persons.regionCode, scopeOf(ctx.actor)),
        inArray(
          persons.householdId,
          listed.map((h) => h.id),
        ),
        isNull(persons.deletedAt),
        match,
      ),
    )
    .orderBy(asc(persons.name));
  for (const r of rows) {
    if (!r.householdId || heads.has(r.id)) continue;
    byHousehold.set(r.householdId, [
      ...(byHousehold.get(r.householdId) ?? []),
      { name: r.name, relation: r.relation },
    ]);
  }
  return byHousehold;
};
