import { type SQL, sql } from 'drizzle-orm';
import {
  type FigurePeriodQuery,
  type FigureRecords,
  recordFigure,
} from '../../../platform/figures/record-figure';
import type { Figure } from '../../../platform/modules/manifest';
import { underRegion } from '../../../platform/scope';
import { villagesRelation } from '../../regions/region-view';
import { DEFAULT_BANDS, INCOME_SOURCES } from '../defaults';
import { economyAccounts, economyIncomeLines as l } from '../tables';
import { bucketCase } from './bucket-query';
import { WEAK_FIGURE_BELOW_FEN, yuanOf } from './policy';

// The figures other modules read (assessments' record-filled indicators, dashboards): a village's
// or a region's income of a year in 元, and its villages below 50,000 元. A region outside the
// caller's scope answers NotFound.

const a = economyAccounts;

const OPERATING_CODES = INCOME_SOURCES.filter((s) => s.operating).map((s) => s.code);

/**
 * The accounts of the year under the region, weighted by an income column (fen): the sums kept on
 * the account for the whole year; for a quarter, its lines booked in quarters 1…Q (as the quarterly
 * return sums them).
 */
/** An account's income (fen) for the period: its kept sum, or its lines of quarters 1…Q. */
const incomeOf = (column: typeof a.operatingFen | typeof a.totalFen, quarter: number | undefined): SQL =>
  quarter
    ? sql`(select coalesce(sum(${l.amountFen}), 0) from ${l} where ${l.accountId} = ${a.id}
          and ${l.quarter} <= ${quarter}${
            column === a.operatingFen
              ? sql` and ${l.code} in (${sql.join(
                  OPERATING_CODES.map((c) => sql`${c}`),
                  sql`, `,
                )})`
              : sql``
          })`
    : sql`${column}`;

const incomeRecords =
  (column: typeof a.operatingFen | typeof a.totalFen): FigureRecords =>
  (_ctx, q) => {
    const weight = incomeOf(column, q.quarter);
    return sql`
    select ${a.regionCode} as region_code, ${a.id} as id, coalesce(v.name, ${a.regionCode}) as title,
      ${weight} as weight, null::text as category
    from ${a} left join ${villagesRelation('v')} on v.code = ${a.regionCode}
    where ${a.year} = ${q.year} and ${underRegion(a.regionCode, q.regionCode)}`;
  };

/** Every village under the region with its operating income of the period (0 without an account). */
const villagesWithIncome = (q: FigurePeriodQuery, category: SQL, where: SQL) => sql`
  select v.code as region_code, v.code as id, v.name as title, 1 as weight, ${category} as category
  from ${villagesRelation('v')} left join ${a} on ${a.regionCode} = v.code and ${a.year} = ${q.year}
  where ${underRegion(sql`v.code`, q.regionCode)} and ${where}`;

const INCOME = {
  record: 'economy_account',
  permission: 'economy.read',
  fromSum: yuanOf,
  byQuarter: true,
} as const;
const VILLAGES = { record: 'economy_village', permission: 'economy.read', byQuarter: true } as const;
const BANDS_EN = [
  'No operating income',
  'Weak (below 50,000 yuan)',
  '50,000–100,000 yuan',
  '100,000–200,000 yuan',
  '200,000–500,000 yuan',
  '500,000–1 million yuan',
  'Strong (over 1 million yuan)',
];

export const operatingIncomeFigure: Figure = recordFigure({
  key: 'economy.operatingIncome',
  label: { zh: '村集体经营性收入（元）', en: 'Collective operating income (yuan)' },
  definition: {
    zh: '该年度村（或区域内各村）集体经营性收入合计（经营收入、发包及上交收入、投资收益）；按季度时为一季度至该季度末的累计（与季度报表相同）',
    en: 'Operating income of the village (or the villages under the region) in the year: I1 + I2 + I3; for a quarter, booked in quarters 1 to it (as the quarterly return)',
  },
  unit: { zh: '元', en: 'yuan' },
  ...INCOME,
  records: incomeRecords(a.operatingFen),
});

export const totalIncomeFigure: Figure = recordFigure({
  key: 'economy.totalIncome',
  label: { zh: '村集体总收入（元）', en: 'Collective total income (yuan)' },
  definition: {
    zh: '该年度村（或区域内各村）集体各项收入合计；按季度时为一季度至该季度末的累计',
    en: 'All income of the village (or the villages under the region) in the year; for a quarter, booked in quarters 1 to it',
  },
  unit: { zh: '元', en: 'yuan' },
  ...INCOME,
  records: incomeRecords(a.totalFen),
});

export const weakVillagesFigure: Figure = recordFigure({
  key: 'economy.weakVillages',
  label: { zh: '集体经济薄弱村数', en: 'Villages with weak collective income' },
  definition: {
    zh: '区域内该年度集体经营性收入低于 5 万元的村数（没有账目的村按 0 计；按季度时按一季度至该季度末的累计收入）',
    en: 'Villages under the region whose operating income of the year is below 50,000 yuan (no account counts as 0; for a quarter, income from the first quarter to its end)',
  },
  unit: { zh: '个', en: 'villages' },
  ...VILLAGES,
  records: (_ctx, q) =>
    villagesWithIncome(
      q,
      sql`null::text`,
      sql`coalesce(${incomeOf(a.operatingFen, q.quarter)}, 0) < ${WEAK_FIGURE_BELOW_FEN}`,
    ),
});

export const incomeTiersFigure: Figure = recordFigure({
  key: 'economy.incomeTiers',
  label: { zh: '村集体经济收入分档村数', en: 'Villages by collective income tier' },
  definition: {
    zh: '区域内各村按该年度集体经营性收入分档（空壳村、5 万元以下、5–10 万、10–20 万、20–50 万、50–100 万、100 万元以上；CATALOGUES.md 第 11 节的标准档次，没有账目的村按 0 计；按季度时按一季度至该季度末的累计收入）的村数',
    en: 'Villages under the region by their operating income of the year, in the standard tiers of CATALOGUES.md §11 (no account counts as 0; for a quarter, income from the first quarter to its end)',
  },
  unit: { zh: '个', en: 'villages' },
  categories: DEFAULT_BANDS.map((b, i) => ({
    key: b.code,
    label: { zh: b.label, en: BANDS_EN[i] ?? b.label },
  })),
  ...VILLAGES,
  records: (_ctx, q) =>
    villagesWithIncome(
      q,
      sql`'T' || ${bucketCase(
        sql`coalesce(${incomeOf(a.operatingFen, q.quarter)}, 0)`,
        DEFAULT_BANDS.slice(1).map((b) => b.minFen),
      )}`,
      sql`true`,
    ),
});

export const viewsFigures: readonly Figure[] = [
  operatingIncomeFigure,
  totalIncomeFigure,
  weakVillagesFigure,
  incomeTiersFigure,
];
