import { count } from 'drizzle-orm';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildSheet, importFile, readWorkbook, sheetRows } from '../../../testing/excel';
import { makeUser, type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { ok } from '../../../testing/ok';
import { insertHousehold, insertPerson } from '../../../testing/people';
import { actorOf } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { holderOf } from './accounts';
import { postHistory } from './history-import';
import { chinaToday } from './history-row';
import { pointsLedger } from './tables';

// What the points Excel tests share: one county with a village household, a neighbour, a
// household of another township and a party member; sessions of three levels; upload and read
// helpers; and the imported history the export tests read.

export let h: TestHarness;
export let regions: Awaited<ReturnType<typeof testRegions>>;
export let county: Session;
export let township: Session;
export let village: Session;
export let home: Awaited<ReturnType<typeof insertHousehold>>;
export let neighbour: Awaited<ReturnType<typeof insertHousehold>>;
export let faraway: Awaited<ReturnType<typeof insertHousehold>>;
export let member: { id: string; name: string; idNumber: string; branch: string };

const HEADERS = ['户编号', '身份证号', '姓名', '日期', '分值', '规则编号', '说明'];
export const lastYear = new Date().getFullYear() - 1;
export const day = (md: string) => `${lastYear}-${md}`;
export const tomorrow = () => {
  const d = new Date(`${chinaToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 2);
  return d.toISOString().slice(0, 10);
};

export const upload = (s: Session, rows: (string | number | null)[][]) =>
  buildSheet('历史积分', HEADERS, rows).then((file) =>
    importFile(h.app, s, '/api/points/ledger/import', file),
  );
export const entries = async () =>
  (await h.services.database.db.select({ n: count() }).from(pointsLedger))[0].n;
export const balance = async (system: 'civil' | 'member', holderId: string) =>
  (await ok(village.get(`/api/points/holder-account?system=${system}&holderId=${holderId}`)))
    .balance as number;
export const sheet = async (s: Session, url: string, name: string) => {
  const res = await s.get(url);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  // Empty cells come back as holes: read them as ''.
  return sheetRows(await readWorkbook(res.rawPayload), name).map((r) => Array.from(r, (x) => x ?? ''));
};

/** A fresh database with the households, the member and the sessions the Excel tests use. */
export const withExcelHarness = () => {
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
      county.post('/api/orgs', {
        name: '积分导入测试党支部',
        level: 'branch',
        kind: 'village',
        regionCode: v,
      }),
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
};

/** A good 历史积分 file: two rows for the household, one for the neighbour, one for the member, one afar. */
export const goodRows = () => [
  [home.householdNo, null, home.headName, day('03-01'), 5, 'C01', '庭院卫生月评 优'],
  [home.householdNo, null, home.headName, `${lastYear}/4/2`, -2, 'D01', '乱堆柴草'],
  [neighbour.householdNo, null, neighbour.headName, day('05-20'), 30, null, '纸质台账结转'],
  [null, member.idNumber, member.name, day('06-01'), 1, 'P08', '参加志愿服务'],
  [faraway.householdNo, null, faraway.headName, day('07-01'), 8, null, '纸质台账结转'],
];

/** The neighbour's two rows of one job posted straight through postHistory (as a re-run job does). */
export const postJobTwice = async () => {
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
  const jobId = crypto.randomUUID();
  const first = await inTransaction(ctx, (tx) => postHistory(tx, jobId, drafts, 'a.xlsx'));
  const second = await inTransaction(ctx, (tx) => postHistory(tx, jobId, drafts, 'a.xlsx'));
  return [first, second];
};
