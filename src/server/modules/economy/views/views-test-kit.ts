import { sql } from 'drizzle-orm';
import { DEFAULT_BANDS } from '../defaults';
import { db, h, insertAccount, villagesUnder } from '../economy-test-kit';

// What the views tests share: incomes written for many villages over two years, and the same
// figures counted in plain SQL straight from the records, independently of the views' own SQL.

export const YEAR = 2024;

/** Rows of a plain SQL query on the test database. */
export const plain = <T>(text: string, params: unknown[] = []) =>
  h.services.database.rawQuery<T>(text, params);

/** A spread of incomes over every band (fen), with some villages left without an account. */
export const incomeOf = (i: number, year: number) => {
  const base = [
    0, 12_345_00, 5_000_000, 7_654_321, 10_000_000, 19_999_999, 20_000_000, 55_000_000, 120_000_000,
  ];
  return base[i % base.length] + (year === YEAR ? i * 1_000 : 0);
};

/** Accounts of both years for the county's villages, every fifth village without one in YEAR. */
export const writeCountyAccounts = async (countyCode: string) => {
  const villages = await villagesUnder(countyCode);
  for (const [i, v] of villages.entries()) {
    await insertAccount(v.code, YEAR - 1, [{ code: 'I1', amountFen: incomeOf(i, YEAR - 1) }]);
    if (i % 5 === 4) continue;
    await insertAccount(v.code, YEAR, [
      { code: 'I1', amountFen: incomeOf(i, YEAR), quarter: 2 },
      { code: 'I4', amountFen: 300_000, quarter: 3 },
    ]);
  }
  return villages;
};

const bandCase = () => {
  const whens = [...DEFAULT_BANDS]
    .reverse()
    .map((b) => `when coalesce(a.operating_fen, 0) >= ${b.minFen} then '${b.code}'`)
    .join(' ');
  return `case ${whens} else '${DEFAULT_BANDS[0].code}' end`;
};

export interface PlainGroup {
  grp: string;
  band: string;
  villages: number;
  accounts: number;
  operating: number;
  total: number;
}

/** Per township (or village) and band: villages, accounts and sums, in plain SQL. */
export const plainGroups = (under: string, year: number, groupDigits: number) =>
  plain<PlainGroup>(
    `select rpad(left(r.code, ${groupDigits}), 12, '0') as grp, ${bandCase()} as band,
       count(*)::int as villages, count(a.id)::int as accounts,
       coalesce(sum(a.operating_fen), 0)::float8 as operating, coalesce(sum(a.total_fen), 0)::float8 as total
     from regions r left join economy_accounts a on a.region_code = r.code and a.year = $1
     where r.level = 'village' and r.code like $2 group by 1, 2`,
    [year, `${under.replace(/(000)+$/, '')}%`],
  );

/** The operating incomes of the villages under a region, none counting as 0. */
export const plainIncomes = async (under: string, year: number) =>
  (
    await plain<{ fen: number }>(
      `select coalesce(a.operating_fen, 0)::float8 as fen from regions r
       left join economy_accounts a on a.region_code = r.code and a.year = $1
       where r.level = 'village' and r.code like $2`,
      [year, `${under.replace(/(000)+$/, '')}%`],
    )
  ).map((r) => Number(r.fen));

export const clearAccounts = async () => {
  await db().execute(sql`delete from economy_income_lines`);
  await db().execute(sql`delete from economy_accounts`);
};
