import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSheet, importFile, readWorkbook, sheetRows } from '../../../testing/excel';
import { makeUser, type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { ok } from '../../../testing/ok';
import { insertHousehold, insertPerson } from '../../../testing/people';
import { auditLog } from '../../platform/audit/tables';
import { actorOf } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { holderOf } from './accounts';
import { postHistory } from './history-import';
import { chinaToday } from './history-row';
import { reconcile } from './reconcile';
import { pointsLedger } from './tables';

// Points in Excel: 历史积分 imported all or nothing through post(), the ledger, rankings and a
// shop's monthly statement exported as sheets that agree with the JSON routes.

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let county: Session;
let township: Session;
let village: Session;
let home: Awaited<ReturnType<typeof insertHousehold>>;
let neighbour: Awaited<ReturnType<typeof insertHousehold>>;
let faraway: Awaited<ReturnType<typeof insertHousehold>>;
let member: { id: string; name: string; idNumber: string; branch: string };

const HEADERS = ['户编号', '身份证号', '姓名', '日期', '分值', '规则编号', '说明'];
const lastYear = new Date().getFullYear() - 1;
const day = (md: string) => `${lastYear}-${md}`;
const tomorrow = () => {
  const d = new Date(`${chinaToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 2);
  return d.toISOString().slice(0, 10);
};

const upload = (s: Session, rows: (string | number | null)[][]) =>
  buildSheet('历史积分', HEADERS, rows).then((file) =>
    importFile(h.app, s, '/api/points/ledger/import', file),
  );
const entries = async () => (await h.services.database.db.select({ n: count() }).from(pointsLedger))[0].n;
const balance = async (system: 'civil' | 'member', holderId: string) =>
  (await ok(village.get(`/api/points/holder-account?system=${system}&holderId=${holderId}`)))
    .balance as number;
const sheet = async (s: Session, url: string, name: string) => {
  const res = await s.get(url);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  // Empty cells come back as holes: read them as ''.
  return sheetRows(await readWorkbook(res.rawPayload), name).map((r) => Array.from(r, (x) => x ?? ''));
};

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  const v = regions.ownVillage.code;
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  village = await sessionAs(h.app, h.services, 'village', v);
  home = await insertHousehold(h.services, { regionCode: v });
  neighbour = await insertHousehold(h.services, { regionCode: v });
  faraway = await insertHousehold(h.services, { regionCode: regions.otherVillage.code });
  const person = await insertPerson(h.services, { regionCode: v });
  const branch = await ok(
    county.post('/api/orgs', { name: '积分导入测试党支部', level: 'branch', kind: 'village', regionCode: v }),
    201,
  );
  const made = await ok(
    county.post('/api/members', {
      personId: person.id,
      orgId: branch.id,
      status: 'full',
      joinedOn: '2010-07-01',
    }),
    201,
  );
  member = {
    id: made.id,
    name: person.name,
    idNumber: h.services.pii.decrypt(person.idNumberEnc as string),
    branch: branch.name,
  };
});
afterAll(() => h.close());

describe('历史积分 import', () => {
  it('offers a template with the import columns and an instructions sheet, to approvers only', async () => {
    const res = await village.get('/api/points/ledger/import/template');
    expect(res.statusCode).toBe(200);
    const workbook = await readWorkbook(res.rawPayload);
    expect(sheetRows(workbook, '历史积分')[0]).toEqual([
      '户编号',
      '身份证号',
      '姓名*',
      '日期*',
      '分值*',
      '规则编号',
      '说明*',
    ]);
    expect(workbook.getWorksheet('历史积分')!.getCell('B2').numFmt).toBe('@');
    const help = sheetRows(workbook, '填表说明').flat().join('\n');
    expect(help).toContain('户主姓名');
    expect(help).toContain('只要有一处错误就不导入任何数据');
    const grid = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
    expect((await grid.get('/api/points/ledger/import/template')).statusCode).toBe(403);
  });

  it('posts a good file through the ledger: balances change by the sum and reconcile finds nothing', async () => {
    const before = {
      home: await balance('civil', home.id),
      neighbour: await balance('civil', neighbour.id),
      member: await balance('member', member.id),
    };
    const job = await upload(county, [
      [home.householdNo, null, home.headName, day('03-01'), 5, 'C01', '庭院卫生月评 优'],
      [home.householdNo, null, home.headName, `${lastYear}/4/2`, -2, 'D01', '乱堆柴草'],
      [neighbour.householdNo, null, neighbour.headName, day('05-20'), 30, null, '纸质台账结转'],
      [null, member.idNumber, member.name, day('06-01'), 1, 'P08', '参加志愿服务'],
      [faraway.householdNo, null, faraway.headName, day('07-01'), 8, null, '纸质台账结转'],
    ]);
    expect(job.status, JSON.stringify(job)).toBe('done');
    expect(job.summary).toEqual({ entries: 5, points: 42 });
    expect(await balance('civil', home.id)).toBe(before.home + 3);
    expect(await balance('civil', neighbour.id)).toBe(before.neighbour + 30);
    expect(await balance('member', member.id)).toBe(before.member + 1);
    const account = await ok(village.get(`/api/points/holder-account?system=civil&holderId=${home.id}`));
    const ledger = await ok(village.get(`/api/points/accounts/${account.id}/ledger`));
    expect(
      ledger.items.map((e: { kind: string; ruleCode: string | null }) => `${e.kind} ${e.ruleCode}`).sort(),
    ).toEqual(['import C01', 'import D01']);
    const [audit] = await h.services.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'points.import'));
    expect(audit.diff).toMatchObject({ entries: 5, points: 42 });
    expect((await reconcile(h.services.database.db)).differences).toEqual([]);
  });

  it('rejects a file with bad rows, changes nothing and names row and column in Chinese', async () => {
    const before = await entries();
    const balances = [await balance('civil', home.id), await balance('member', member.id)];
    const job = await upload(village, [
      [home.householdNo, null, home.headName, day('08-01'), 2, null, '好的一行'],
      [home.householdNo, null, '张冒名', day('08-01'), 2, null, '户主不符'],
      [neighbour.householdNo, null, neighbour.headName, day('08-01'), 0, null, '零分'],
      [neighbour.householdNo, null, neighbour.headName, tomorrow(), 3, null, '未来日期'],
      [neighbour.householdNo, null, neighbour.headName, day('08-01'), 3, 'X99', '未知规则'],
      [null, member.idNumber, member.name, day('08-01'), 3, 'C01', '文明积分规则记给党员'],
      [faraway.householdNo, null, faraway.headName, day('08-01'), 3, null, '外乡镇农户'],
      [home.householdNo, member.idNumber, home.headName, day('08-01'), 1.5, 'D01', null],
    ]);
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual([
      `第3行 C列（姓名）：户主姓名与农户登记不一致（登记为“${home.headName}”）`,
      '第4行 E列（分值）：分值不能为0',
      '第5行 D列（日期）：日期须早于今天（此处只导入历史积分）',
      '第6行 F列（规则编号）：规则编号“X99”不存在或不适用于该村的文明积分',
      '第7行 F列（规则编号）：规则编号“C01”不存在或不适用于该村的党员积分',
      '第8行 A列（户编号）：户编号不存在或不在您的管辖范围内',
      '第9行 B列（身份证号）：户编号和身份证号只填一项：农户填户编号，党员填身份证号',
      '第9行 E列（分值）：分值应为整数，加分为正、扣分为负',
      '第9行 G列（说明）：请填写说明（积分事由）',
    ]);
    expect(await entries()).toBe(before);
    expect([await balance('civil', home.id), await balance('member', member.id)]).toEqual(balances);
    const file = await village.get(`/api/import-jobs/${job.id}/error-file`);
    expect(file.statusCode).toBe(200);
    const annotated = (await readWorkbook(file.rawPayload)).getWorksheet('历史积分')!;
    expect(annotated.getCell('H1').value).toBe('错误');
    expect(annotated.getCell('E4').note).toBe('分值不能为0');
    expect(String(annotated.getCell('H5').value)).toContain('第5行 D列（日期）');
  });

  it('posts a job’s rows once when its commit runs again (keys from job id and row)', async () => {
    const user = await makeUser(h.services, { role: 'village', regionCode: regions.ownVillage.code });
    const ctx: Ctx = {
      db: h.services.database.db,
      actor: actorOf(user),
      meta: { requestId: 'retry-test', ip: null },
      pii: h.services.pii,
    };
    const holder = await holderOf(ctx, 'civil', neighbour.id);
    const drafts = [
      { row: 2, holder, amount: 4, occurredOn: day('09-01'), ruleId: null, note: '重试' },
      { row: 3, holder, amount: 6, occurredOn: day('09-02'), ruleId: null, note: '重试' },
    ];
    const before = await balance('civil', neighbour.id);
    const jobId = crypto.randomUUID();
    expect(await inTransaction(ctx, (tx) => postHistory(tx, jobId, drafts, 'a.xlsx'))).toEqual({
      entries: 2,
      points: 10,
    });
    expect(await inTransaction(ctx, (tx) => postHistory(tx, jobId, drafts, 'a.xlsx'))).toEqual({
      entries: 0,
      points: 0,
    });
    expect(await balance('civil', neighbour.id)).toBe(before + 10);
    expect((await reconcile(h.services.database.db)).differences).toEqual([]);
  });
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
});
