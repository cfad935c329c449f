import { sql } from 'drizzle-orm';
import { selectRows } from '../../platform/db/select-rows';
import type { Db } from '../../platform/db/types';

// 对账 (npm run points:reconcile): proves that balances, stock and the ledger agree, and names
// every difference. Read-only; run it against a live database at any time.

export interface Difference {
  what: string;
  id: string;
  expected: number | string;
  found: number | string;
}

export interface ReconcileReport {
  accounts: number;
  entries: number;
  goods: number;
  moves: number;
  redemptions: number;
  differences: Difference[];
}

/** Checks every account, goods item, redemption and approved claim under a region prefix ('' = all). */
export const reconcile = async (db: Db, prefix = ''): Promise<ReconcileReport> => {
  const under = (column: string) => sql.raw(`${column} like '${prefix.replace(/[^0-9]/g, '')}%'`);
  const differences: Difference[] = [];
  // Balance = sum of entries, and the entry count = the last sequence number.
  for (const r of await selectRows<{
    id: string;
    balance: number;
    total: number;
    entries: number;
    n: number;
  }>(
    db,
    sql`select a.id, a.balance, a.entries, coalesce(sum(l.amount), 0)::int as total, count(l.id)::int as n
        from points_accounts a left join points_ledger l on l.account_id = a.id
        where ${under('a.region_code')}
        group by a.id, a.balance, a.entries
        having a.balance <> coalesce(sum(l.amount), 0) or a.entries <> count(l.id)`,
  )) {
    if (Number(r.balance) !== Number(r.total))
      differences.push({
        what: '账户余额 ≠ 流水合计',
        id: r.id,
        expected: Number(r.total),
        found: Number(r.balance),
      });
    if (Number(r.entries) !== Number(r.n))
      differences.push({
        what: '账户笔数 ≠ 流水笔数',
        id: r.id,
        expected: Number(r.n),
        found: Number(r.entries),
      });
  }
  // Running balances: each entry's balance_after = the sum of the account's entries up to it.
  for (const r of await selectRows<{ id: string; expected: number; found: number }>(
    db,
    sql`select id, expected::int, found from (
          select id, balance_after as found,
                 sum(amount) over (partition by account_id order by seq rows unbounded preceding) as expected
          from points_ledger where ${under('region_code')}
        ) t where expected <> found limit 100`,
  ))
    differences.push({
      what: '流水余额不连续',
      id: r.id,
      expected: Number(r.expected),
      found: Number(r.found),
    });
  // Stock = sum of moves, and never below zero.
  for (const r of await selectRows<{ id: string; stock: number; total: number }>(
    db,
    sql`select g.id, g.stock, coalesce(sum(m.quantity), 0)::int as total
        from points_goods g left join points_stock_moves m on m.goods_id = g.id
        where ${under('g.region_code')}
        group by g.id, g.stock having g.stock <> coalesce(sum(m.quantity), 0) or g.stock < 0`,
  ))
    differences.push({
      what: '库存 ≠ 出入库合计',
      id: r.id,
      expected: Number(r.total),
      found: Number(r.stock),
    });
  // A redemption took its total once, and gave it back once if cancelled; its stock moves match its
  // lines. Grouped joins (not a subquery per row): the ledger has no index on redemption_id or
  // claim_id, and a county holds a million entries. Only the rows that disagree come back.
  for (const r of await selectRows<{
    id: string;
    status: string;
    total: number;
    posted: number;
    moved: number;
    units: number;
  }>(
    db,
    sql`select * from (
          select r.id, r.status, r.total, coalesce(l.posted, 0)::int as posted, coalesce(m.moved, 0)::int as moved,
                 (select coalesce(sum((x->>'quantity')::int), 0) from jsonb_array_elements(r.lines) x)::int as units
          from points_redemptions r
          left join (select redemption_id, sum(amount) as posted from points_ledger
                     where redemption_id is not null and ${under('region_code')} group by redemption_id) l
            on l.redemption_id = r.id
          left join (select redemption_id, sum(quantity) as moved from points_stock_moves
                     where redemption_id is not null and ${under('region_code')} group by redemption_id) m
            on m.redemption_id = r.id
          where ${under('r.region_code')}
        ) t
        where posted <> case when status = 'cancelled' then 0 else -total end
           or moved <> case when status = 'cancelled' then 0 else -units end`,
  )) {
    const posted = Number(r.posted);
    const moved = Number(r.moved);
    const expectedPoints = r.status === 'cancelled' ? 0 : -Number(r.total);
    const expectedUnits = r.status === 'cancelled' ? 0 : -Number(r.units);
    if (posted !== expectedPoints)
      differences.push({ what: '兑换积分与流水不符', id: r.id, expected: expectedPoints, found: posted });
    if (moved !== expectedUnits)
      differences.push({ what: '兑换商品与出库不符', id: r.id, expected: expectedUnits, found: moved });
  }
  // An approved claim was posted exactly once, a pending or returned one never.
  for (const r of await selectRows<{ id: string; status: string; postings: number }>(
    db,
    sql`select c.id, c.status, coalesce(l.n, 0)::int as postings
        from points_claims c
        left join (select claim_id, count(*) as n from points_ledger
                   where claim_id is not null and kind in ('award', 'deduction') and ${under('region_code')}
                   group by claim_id) l on l.claim_id = c.id
        where ${under('c.region_code')}
          and coalesce(l.n, 0) <> case when c.status = 'approved' then 1 else 0 end`,
  )) {
    const expected = r.status === 'approved' ? 1 : 0;
    if (Number(r.postings) !== expected)
      differences.push({ what: '申报与入账次数不符', id: r.id, expected, found: Number(r.postings) });
  }
  const [counts] = await selectRows<{
    accounts: number;
    entries: number;
    goods: number;
    moves: number;
    redemptions: number;
  }>(
    db,
    sql`select (select count(*) from points_accounts where ${under('region_code')})::int as accounts,
               (select count(*) from points_ledger where ${under('region_code')})::int as entries,
               (select count(*) from points_goods where ${under('region_code')})::int as goods,
               (select count(*) from points_stock_moves where ${under('region_code')})::int as moves,
               (select count(*) from points_redemptions where ${under('region_code')})::int as redemptions`,
  );
  return {
    accounts: Number(counts.accounts),
    entries: Number(counts.entries),
    goods: Number(counts.goods),
    moves: Number(counts.moves),
    redemptions: Number(counts.redemptions),
    differences,
  };
};
