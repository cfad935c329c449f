import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../../testing/ok';
import { auditLog } from '../../platform/audit/tables';
import {
  county,
  day,
  faraway,
  goodRows,
  h,
  home,
  lastYear,
  member,
  neighbour,
  postJobTwice,
  regions,
  sheet,
  township,
  upload,
  village,
  withExcelHarness,
} from './excel-test-kit';
import { chinaToday } from './history-row';

// The ledger, rankings and a shop's monthly statement exported as sheets that agree with the JSON
// routes, read after the history below was imported.

withExcelHarness();

beforeAll(async () => {
  const job = await upload(county, goodRows());
  expect(job.status, JSON.stringify(job)).toBe('done');
  await postJobTwice();
});

describe('exports', () => {
  const LEDGER_HEADERS = [
    '村',
    '户编号',
    '姓名',
    '日期',
    '类型',
    '规则编号',
    '规则名称',
    '分值',
    '变动后余额',
    '说明',
    '记账时间',
  ];

  it('exports a village’s ledger with the imported rows and nothing of another township', async () => {
    const v = regions.ownVillage.code;
    const [headers, ...rows] = await sheet(
      county,
      `/api/points/ledger/export?system=civil&regionCode=${v}`,
      '积分流水',
    );
    expect(headers).toEqual(LEDGER_HEADERS);
    const label = `${regions.ownTownship.name}/${regions.ownVillage.name}`;
    expect(rows.every((r) => r[0] === label)).toBe(true);
    expect(rows.map((r) => r[1])).not.toContain(faraway.householdNo);
    expect(rows.find((r) => r[3] === day('03-01'))!.slice(0, 10)).toEqual([
      label,
      home.householdNo,
      home.headName,
      day('03-01'),
      '历史导入',
      'C01',
      '庭院卫生月评（优 5、良 3、合格 1）',
      '5',
      '5',
      '庭院卫生月评 优',
    ]);
    expect(rows.find((r) => r[3] === day('03-01'))![10]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(rows.filter((r) => r[1] === neighbour.householdNo).map((r) => r[7])).toEqual(['30', '4', '6']);
    // A township's own export never reaches the other township, and it may not ask for it.
    const own = await sheet(township, '/api/points/ledger/export?system=civil', '积分流水');
    expect(own.slice(1).map((r) => r[1])).not.toContain(faraway.householdNo);
    expect(own).toHaveLength(rows.length + 1);
    const other = await township.get(
      `/api/points/ledger/export?system=civil&regionCode=${regions.otherVillage.code}`,
    );
    expect(other.statusCode).toBe(404);
    const members = await sheet(
      village,
      `/api/points/ledger/export?system=member&from=${day('01-01')}`,
      '积分流水',
    );
    expect(members[0][1]).toBe('党组织');
    expect(members.slice(1).map((r) => [r[1], r[2], r[7]])).toEqual([[member.branch, member.name, '1']]);
    const audits = await h.services.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'points.ledger.export'));
    // Three exports; the refused one wrote nothing.
    expect(audits).toHaveLength(3);
  });

  it('exports the ranking the JSON route answers', async () => {
    const query = `system=civil&regionCode=${regions.ownTownship.code}&period=${lastYear}`;
    const json = await ok(township.get(`/api/points/rankings?${query}`));
    const [headers, ...rows] = await sheet(township, `/api/points/rankings/export?${query}`, '积分排名');
    expect(headers).toEqual(['名次', '姓名', '户编号', '村', '期间积分']);
    expect(rows).toEqual(
      json.items.map(
        (i: {
          rank: number;
          holderName: string;
          householdNo: string;
          villageName: string;
          total: number;
        }) => [String(i.rank), i.holderName, i.householdNo, i.villageName, String(i.total)],
      ),
    );
    expect(rows.map((r) => r[1])).toEqual([neighbour.headName, home.headName]);
    const members = await sheet(
      village,
      `/api/points/rankings/export?system=member&period=${lastYear}`,
      '积分排名',
    );
    expect(members[0]).toEqual(['名次', '姓名', '党组织', '村', '期间积分', '年度得分', '星级']);
    expect(members[1].slice(1, 3)).toEqual([member.name, member.branch]);
  });

  it('exports a shop’s monthly statement with the JSON statement’s numbers and a totals row', async () => {
    const shop = await ok(
      village.post('/api/points/shops', { regionCode: regions.ownVillage.code, name: '积分超市（对账）' }),
      201,
    );
    const goods = [];
    for (const [name, price, stock] of [
      ['洗衣粉', 5, 10],
      ['食用油', 12, 4],
    ] as const) {
      const item = await ok(
        village.post(`/api/points/shops/${shop.id}/goods`, { name, price, unit: '袋' }),
        201,
      );
      await ok(
        village.post(`/api/points/goods/${item.id}/stock-in`, { quantity: stock, source: '帮扶单位捐赠' }),
      );
      goods.push(item);
    }
    await ok(
      village.post(`/api/points/shops/${shop.id}/redemptions`, {
        householdId: neighbour.id,
        lines: [
          { goodsId: goods[0].id, quantity: 2 },
          { goodsId: goods[1].id, quantity: 1 },
        ],
      }),
      201,
    );
    const month = chinaToday().slice(0, 7);
    const json = await ok(village.get(`/api/points/shops/${shop.id}/statement?month=${month}`));
    const [headers, ...rows] = await sheet(
      village,
      `/api/points/shops/${shop.id}/statement/export?month=${month}`,
      '月度对账单',
    );
    expect(headers).toEqual([
      '商品',
      '单位',
      '积分价',
      '期初库存',
      '本月入库',
      '本月兑出',
      '本月退回',
      '期末库存',
      '兑换积分',
    ]);
    const fields = ['opening', 'stockIn', 'redeemed', 'returned', 'closing', 'points'] as const;
    expect(rows.slice(0, 2)).toEqual(
      json.goods.map((g: Record<string, string | number>) => [
        g.name,
        g.unit,
        String(g.price),
        ...fields.map((f) => String(g[f])),
      ]),
    );
    const sum = (f: (typeof fields)[number]) =>
      String(json.goods.reduce((n: number, g: Record<string, number>) => n + g[f], 0));
    expect(rows[2]).toEqual(['合计', '', '', ...fields.map(sum)]);
    expect(rows[2][8]).toBe(String(json.points));
    expect(rows.slice(3)).toEqual([
      ['兑换笔数', String(json.redemptions)],
      ['其中撤销', String(json.cancelled)],
      ['兑换户数', String(json.households)],
      ['兑换积分合计', String(json.points)],
    ]);
    expect(json).toMatchObject({ redemptions: 1, households: 1, points: 22 });
  });

  it('exports the imported history in the 历史积分 sheet, full ID numbers only with a purpose (audited)', async () => {
    const url = '/api/points/ledger/export?system=member&format=history';
    const [headers, ...masked] = await sheet(county, url, '历史积分');
    expect(headers).toEqual([
      '户编号',
      '身份证号',
      '姓名',
      '日期',
      '分值',
      '规则编号',
      '说明',
      '村',
      '规则名称',
    ]);
    expect(masked.length).toBeGreaterThan(0);
    expect(masked.every((r) => r[2] === member.name && r[1] !== member.idNumber)).toBe(true);
    expect((await county.get(`${url}&reveal=true`)).statusCode).toBe(422);
    const full = await sheet(
      county,
      `${url}&reveal=true&purpose=${encodeURIComponent('迁移数据')}`,
      '历史积分',
    );
    expect(full.slice(1).every((r) => r[1] === member.idNumber)).toBe(true);
    const [audit] = await h.services.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'points.history.export_unmasked'));
    expect(audit.diff).toMatchObject({ filters: { system: 'member', reveal: true, purpose: '迁移数据' } });
  });
});
