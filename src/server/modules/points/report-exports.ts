import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { rankingQuerySchema, StatementView } from '../../../contracts/api/points';
import { writeAudit } from '../../platform/audit/write';
import type { Ctx } from '../../platform/context';
import { auditedExport } from '../../platform/excel/export';
import type { SheetColumn } from '../../platform/excel/stream';
import { getShop } from './get-shop';
import { monthlyStatement } from './monthly-statement';
import { ranking } from './ranking';

// The reports as sheets: 积分排名 with the query of GET /api/points/rankings, and a shop's 月度对账单
// with the numbers of GET …/statement plus a totals row. Both audited like every export.

type RankingQuery = z.infer<typeof rankingQuerySchema>;
type RankingItem = Awaited<ReturnType<typeof ranking>>['items'][number];

const rankingColumns = (system: RankingQuery['system']): SheetColumn<RankingItem>[] => [
  { header: '名次', key: 'rank', width: 8, value: (r) => r.rank },
  { header: '姓名', key: 'name', width: 10, value: (r) => r.holderName },
  system === 'civil'
    ? { header: '户编号', key: 'holderKey', value: (r) => r.householdNo }
    : { header: '党组织', key: 'holderKey', width: 24, value: (r) => r.orgName },
  { header: '村', key: 'village', width: 16, value: (r) => r.villageName },
  { header: '期间积分', key: 'total', width: 10, value: (r) => r.total },
  ...(system === 'member'
    ? [
        { header: '年度得分', key: 'score', width: 10, value: (r: RankingItem) => r.score },
        { header: '星级', key: 'stars', width: 8, value: (r: RankingItem) => r.stars },
      ]
    : []),
];

/** 导出积分排名: the same ranking as the JSON route, one sheet. */
export const exportRanking = async (ctx: Ctx, q: RankingQuery) => {
  const { items } = await ranking(ctx, q);
  async function* batches() {
    yield items;
  }
  return auditedExport(ctx, {
    action: 'points.ranking.export',
    entity: 'points_ledger',
    filters: q,
    sheet: '积分排名',
    columns: rankingColumns(q.system),
    batches: batches(),
  });
};

type GoodsLine = StatementView['goods'][number];
const QUANTITIES = ['opening', 'stockIn', 'redeemed', 'returned', 'closing', 'points'] as const;
const HEADERS = [
  '商品',
  '单位',
  '积分价',
  '期初库存',
  '本月入库',
  '本月兑出',
  '本月退回',
  '期末库存',
  '兑换积分',
];

const goodsRow = (
  g: Pick<GoodsLine, (typeof QUANTITIES)[number]> & {
    name: string;
    unit: string | null;
    price: number | null;
  },
) => [g.name, g.unit, g.price, ...QUANTITIES.map((k) => g[k])];

/** The statement's rows: one per goods item, 合计, then the month's redemption counts. */
export const statementRows = (s: StatementView): (string | number | null)[][] => {
  const sum = (k: (typeof QUANTITIES)[number]) => s.goods.reduce((n, g) => n + g[k], 0);
  const totals = Object.fromEntries(QUANTITIES.map((k) => [k, sum(k)])) as Record<
    (typeof QUANTITIES)[number],
    number
  >;
  return [
    ...s.goods.map(goodsRow),
    goodsRow({ name: '合计', unit: null, price: null, ...totals }),
    [],
    ['兑换笔数', s.redemptions],
    ['其中撤销', s.cancelled],
    ['兑换户数', s.households],
    ['兑换积分合计', s.points],
  ];
};

const streamStatement = (s: StatementView) => {
  const stream = new PassThrough();
  const done = (async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
    const sheet = workbook.addWorksheet('月度对账单', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = HEADERS.map((header, i) => ({ header, key: String(i), width: i === 0 ? 24 : 10 }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    const rows = statementRows(s);
    rows.forEach((values, i) => {
      const row = sheet.addRow(values);
      if (i >= s.goods.length) row.font = { bold: true };
      row.commit();
    });
    sheet.commit();
    await workbook.commit();
  })();
  done.catch((error) => stream.destroy(error));
  return { stream, done };
};

/** 导出月度对账单 of a shop in the caller's scope (audited). */
export const exportStatement = async (ctx: Ctx, shopId: string, month: string) => {
  const shop = await getShop(ctx, shopId);
  const statement = await monthlyStatement(ctx, shop, month);
  await ctx.db.transaction((tx) =>
    writeAudit(tx, ctx, {
      action: 'points.statement.export',
      entity: 'points_shop',
      entityId: shop.id,
      regionCode: shop.regionCode,
      diff: { filters: { shopId, month } },
    }),
  );
  return { ...streamStatement(statement), shopName: shop.name };
};
