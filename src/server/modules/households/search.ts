import { and, eq, isNull, like, type SQL, sql } from 'drizzle-orm';
import type { HouseholdFilters } from '../../../contracts/api/households';
import { PHONE_PATTERN } from '../../../contracts/pii';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { households, persons } from './tables';

// One search box for names, pinyin initials, the last 4 ID digits, a full ID number or phone
// (through the blind index, never by decrypting) and household numbers; see docs/registries/households.md.

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export type SearchKind = 'idNumber' | 'phone' | 'last4' | 'initials' | 'householdNo' | 'name';

export const searchKindOf = (q: string): SearchKind => {
  if (/^\d{17}[\dXx]$/.test(q)) return 'idNumber';
  if (PHONE_PATTERN.test(q)) return 'phone';
  if (/^\d{3}[\dXx]$/.test(q)) return 'last4';
  if (/^[a-zA-Z]{1,32}$/.test(q)) return 'initials';
  if (/^[0-9A-Za-z-]+$/.test(q)) return 'householdNo';
  return 'name';
};

/** The condition a person must meet to match `q`; null for a household-number search. */
export const personMatch = (ctx: Ctx, q: string): SQL | null => {
  switch (searchKindOf(q)) {
    case 'idNumber':
      return eq(persons.idNumberIdx, ctx.pii.blindIndex('id_number', q));
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
