import { sql } from 'drizzle-orm';
import { ratioFigure, recordFigure } from '../../platform/figures/record-figure';
import { underRegion } from '../../platform/scope';
import { livingHouseholds } from '../households/figures';
import { householdTitlesRelation } from '../households/lookups';
import { SCORED } from './report-periods';
import { pointsAccounts, pointsLedger, pointsRedemptions } from './tables';

// Figures dashboards may show from points, computed from the ledger and the redemptions for a
// region in the caller's scope (NotFound outside it) and a calendar year (Beijing time) or a quarter of it.

const l = pointsLedger;
const r = pointsRedemptions;

export const pointsFigures = [
  ratioFigure({
    key: 'points.civil.participation',
    label: { zh: '文明积分参与率', en: 'Civilization points participation' },
    definition: {
      zh: '当年（或所选季度）至少有一笔文明积分（加分、扣分、冲正或历史导入）的户数 ÷ 该区划现有户数，按千分比取整',
      en: 'Households with at least one civilization points entry (award, deduction, reversal or import) in the year, per mille of the region’s living households, rounded down',
    },
    unit: { zh: '‰', en: '‰' },
    per: 1000,
    digits: 0,
    rounding: 'floor',
    byQuarter: true,
    numerator: {
      record: 'household',
      permission: 'points.read',
      // One row per account with a scored entry in the year: the account's household.
      records: (_ctx, q) => sql`
          select min(${l.regionCode}) as region_code, coalesce(a.holder_id, ${l.accountId})::text as id,
            coalesce(min(ht.title), '') as title, 1 as weight, null::text as category
          from ${l} join ${pointsAccounts} a on a.id = ${l.accountId}
            left join ${householdTitlesRelation('ht')} on ht.id = a.holder_id
          where ${underRegion(l.regionCode, q.regionCode)} and ${l.system} = 'civil'
            and ${l.kind} in (${sql.join(
              SCORED.map((k) => sql`${k}`),
              sql`, `,
            )})
            and ${l.occurredOn} >= ${q.from}::date and ${l.occurredOn} <= ${q.to}::date
          group by ${l.accountId}, a.holder_id`,
    },
    denominator: { records: livingHouseholds },
  }),
  recordFigure({
    key: 'points.redemptions',
    label: { zh: '积分兑换笔数', en: 'Points redemptions' },
    definition: {
      zh: '当年或所选季度（北京时间）在该区划积分超市兑换且未撤销的笔数',
      en: 'Redemptions at the region’s points supermarkets in the year (Beijing time) that were not cancelled',
    },
    unit: { zh: '笔', en: 'redemptions' },
    byQuarter: true,
    record: 'redemption',
    permission: 'points.read',
    records: (_ctx, q) => sql`
        select ${r.regionCode} as region_code, ${r.id} as id,
          '兑换单 ' || ${r.code} || '，' || ${r.total} || ' 分' as title, 1 as weight, null::text as category
        from ${r}
        where ${underRegion(r.regionCode, q.regionCode)} and ${r.status} <> 'cancelled'
          and ${r.createdAt} >= ${q.fromTs}::timestamptz and ${r.createdAt} < ${q.endTs}::timestamptz`,
  }),
];
