import { sql } from 'drizzle-orm';
import { ratioFigure, recordFigure } from '../../platform/figures/record-figure';
import { underRegion } from '../../platform/scope';
import { livingHouseholds } from '../households/figures';
import { householdTitlesRelation } from '../households/lookups';
import { SCORED } from './report-periods';
import { pointsAccounts, pointsLedger, pointsRedemptions } from './tables';

// Figures dashboards may show from points, computed from the ledger and the redemptions for a
// region in the caller's scope (NotFound outside it) and a calendar year (Beijing time).

const l = pointsLedger;
const r = pointsRedemptions;
const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year + 1}-01-01` });

export const pointsFigures = [
  ratioFigure({
    key: 'points.civil.participation',
    label: { zh: '文明积分参与率', en: 'Civilization points participation' },
    definition: {
      zh: '当年至少有一笔文明积分（加分、扣分、冲正或历史导入）的户数 ÷ 该区划现有户数，按千分比取整',
      en: 'Households with at least one civilization points entry (award, deduction, reversal or import) in the year, per mille of the region’s living households, rounded down',
    },
    unit: { zh: '‰', en: '‰' },
    per: 1000,
    digits: 0,
    rounding: 'floor',
    numerator: {
      record: 'household',
      permission: 'points.read',
      // One row per account with a scored entry in the year: the account's household.
      records: (_ctx, q) => {
        const { from, to } = yearRange(q.year);
        return sql`
          select min(${l.regionCode}) as region_code, coalesce(a.holder_id, ${l.accountId})::text as id,
            coalesce(min(ht.title), '') as title, 1 as weight, null::text as category
          from ${l} join ${pointsAccounts} a on a.id = ${l.accountId}
            left join ${householdTitlesRelation('ht')} on ht.id = a.holder_id
          where ${underRegion(l.regionCode, q.regionCode)} and ${l.system} = 'civil'
            and ${l.kind} in (${sql.join(
              SCORED.map((k) => sql`${k}`),
              sql`, `,
            )})
            and ${l.occurredOn} >= ${from}::date and ${l.occurredOn} < ${to}::date
          group by ${l.accountId}, a.holder_id`;
      },
    },
    denominator: { records: livingHouseholds },
  }),
  recordFigure({
    key: 'points.redemptions',
    label: { zh: '积分兑换笔数', en: 'Points redemptions' },
    definition: {
      zh: '当年（北京时间）在该区划积分超市兑换且未撤销的笔数',
      en: 'Redemptions at the region’s points supermarkets in the year (Beijing time) that were not cancelled',
    },
    unit: { zh: '笔', en: 'redemptions' },
    record: 'redemption',
    permission: 'points.read',
    records: (_ctx, q) => {
      const { from, to } = yearRange(q.year);
      return sql`
        select ${r.regionCode} as region_code, ${r.id} as id,
          '兑换单 ' || ${r.code} || '，' || ${r.total} || ' 分' as title, 1 as weight, null::text as category
        from ${r}
        where ${underRegion(r.regionCode, q.regionCode)} and ${r.status} <> 'cancelled'
          and ${r.createdAt} >= ${`${from}T00:00:00+08:00`}::timestamptz
          and ${r.createdAt} < ${`${to}T00:00:00+08:00`}::timestamptz`;
    },
  }),
];
