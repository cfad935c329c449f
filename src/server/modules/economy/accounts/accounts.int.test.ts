import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { readWorkbook, sheetRows } from '../../../../testing/excel';
import { ok } from '../../../../testing/ok';
import {
  county,
  db,
  insertAccount,
  otherTownship,
  regions,
  township,
  village,
  withEconomyHarness,
} from '../economy-test-kit';
import { economyAccounts, economyIncomeLines } from '../tables';

// 年度收支 through the API: accounts and lines, the sums kept on the account, tiers, scope.

withEconomyHarness();

const base = '/api/economy/accounts';
type Line = { id: string; code: string; amountFen: number; quarter: number; contracting: boolean };
type Detail = { id: string; operatingFen: number; totalFen: number; contractingFen: number; lines: Line[] };

/** The sums as stored on the account row, and what its lines in the table add up to. */
const storedAndRecomputed = async (accountId: string) => {
  const [row] = await db().select().from(economyAccounts).where(eq(economyAccounts.id, accountId));
  const lines = await db()
    .select()
    .from(economyIncomeLines)
    .where(eq(economyIncomeLines.accountId, accountId));
  const operating = ['I1', 'I2', 'I3'];
  const contracting = (l: (typeof lines)[number]) =>
    row.year < 2024 ? l.code === 'I2' || l.contracting : l.contracting;
  return {
    stored: { operatingFen: row.operatingFen, totalFen: row.totalFen, contractingFen: row.contractingFen },
    lines: {
      operatingFen: lines.filter((l) => operating.includes(l.code)).reduce((a, l) => a + l.amountFen, 0),
      totalFen: lines.reduce((a, l) => a + l.amountFen, 0),
      contractingFen: lines.filter(contracting).reduce((a, l) => a + l.amountFen, 0),
    },
  };
};

const addLine = (accountId: string, body: Record<string, unknown>, s = village) =>
  s.post(`${base}/${accountId}/lines`, {
    quarter: 1,
    code: 'I1',
    item: '农产品销售',
    amountFen: 100,
    ...body,
  });

describe('yearly accounts and their lines', () => {
  it('creates one account per village and year (409 for a second)', async () => {
    const made: Detail = await ok(
      village.post(base, { regionCode: regions.ownVillage.code, year: 2025 }),
      201,
    );
    expect(made).toMatchObject({ operatingFen: 0, totalFen: 0, lines: [], bandCode: 'T0' });
    const again = await village.post(base, { regionCode: regions.ownVillage.code, year: 2025 });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('已存在');
  });

  it('keeps the sums on the account equal to its lines after every create, patch and delete', async () => {
    const account: Detail = await ok(
      township.post(base, { regionCode: regions.ownVillage.code, year: 2024 }),
      201,
    );
    const check = async () => {
      const { stored, lines } = await storedAndRecomputed(account.id);
      expect(stored).toEqual(lines);
      return stored;
    };
    let detail: Detail = await ok(
      addLine(account.id, { code: 'I1', amountFen: 5_000_000, contracting: true }),
      201,
    );
    expect(detail.operatingFen).toBe(5_000_000);
    expect(await check()).toEqual({
      operatingFen: 5_000_000,
      totalFen: 5_000_000,
      contractingFen: 5_000_000,
    });
    detail = await ok(addLine(account.id, { code: 'I3', quarter: 2, amountFen: 1_234_567 }), 201);
    detail = await ok(addLine(account.id, { code: 'I4', quarter: 3, amountFen: 800_000 }), 201);
    expect(detail.totalFen).toBe(7_034_567);
    await check();
    const i3 = detail.lines.find((l) => l.code === 'I3') as Line;
    detail = await ok(village.patch(`/api/economy/lines/${i3.id}`, { amountFen: 1_000_000, code: 'I5' }));
    expect(detail).toMatchObject({ operatingFen: 5_000_000, totalFen: 6_800_000 });
    await check();
    const first = detail.lines.find((l) => l.code === 'I1') as Line;
    detail = await ok(village.request('DELETE', `/api/economy/lines/${first.id}`));
    expect(detail).toMatchObject({ operatingFen: 0, totalFen: 1_800_000, contractingFen: 0 });
    expect(await check()).toEqual({ operatingFen: 0, totalFen: 1_800_000, contractingFen: 0 });
  });

  it('refuses I6 from 2024 with a Chinese message and takes it for 2023', async () => {
    const from2024 = await insertAccount(regions.ownVillage.code, 2026, []);
    const refused = await addLine(from2024, { code: 'I6' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields).toEqual([{ path: 'code', message: expect.stringContaining('2024 年起') }]);
    const y2023 = await insertAccount(regions.ownVillage.code, 2023, []);
    const taken: Detail = await ok(addLine(y2023, { code: 'I6', amountFen: 300 }), 201);
    expect(taken.totalFen).toBe(300);
    const patched = await village.patch(`/api/economy/lines/${taken.lines[0].id}`, {
      quarter: 5,
      amountFen: -1,
    });
    expect(patched.statusCode).toBe(422);
    expect(patched.json().fields.map((f: { path: string }) => f.path)).toEqual(['quarter', 'amountFen']);
  });

  it('deletes an account only once its lines are gone', async () => {
    const id = await insertAccount(regions.ownVillage.code, 2019, [{ code: 'I1', amountFen: 10 }]);
    const refused = await village.request('DELETE', `${base}/${id}`);
    expect(refused.statusCode).toBe(409);
    const [line] = (await ok(village.get(`${base}/${id}`))).lines as Line[];
    await ok(village.request('DELETE', `/api/economy/lines/${line.id}`));
    await ok(village.request('DELETE', `${base}/${id}`));
    expect((await village.get(`${base}/${id}`)).statusCode).toBe(404);
  });

  it('lets a village write no other village, and a township none of another township (404)', async () => {
    const foreign = await insertAccount(regions.otherVillage.code, 2025, [{ code: 'I1', amountFen: 700 }]);
    const [{ id: lineId }] = await db()
      .select({ id: economyIncomeLines.id })
      .from(economyIncomeLines)
      .where(eq(economyIncomeLines.accountId, foreign));
    for (const s of [village, township]) {
      expect((await s.get(`${base}/${foreign}`)).statusCode).toBe(404);
      expect((await s.patch(`${base}/${foreign}`, { note: 'x' })).statusCode).toBe(404);
      expect((await addLine(foreign, {}, s)).statusCode).toBe(404);
      expect((await s.patch(`/api/economy/lines/${lineId}`, { amountFen: 1 })).statusCode).toBe(404);
      expect((await s.request('DELETE', `/api/economy/lines/${lineId}`)).statusCode).toBe(404);
      expect((await s.post(base, { regionCode: regions.otherVillage.code, year: 2030 })).statusCode).toBe(
        404,
      );
    }
    expect((await otherTownship.get(`${base}/${foreign}`)).statusCode).toBe(200);
    const { stored } = await storedAndRecomputed(foreign);
    expect(stored.totalFen).toBe(700);
  });

  it('lists the year with village and township names, tier, filters, sort and pages', async () => {
    await insertAccount(regions.otherVillage.code, 2021, [{ code: 'I1', amountFen: 25_000_000 }]);
    await insertAccount(regions.ownVillage.code, 2021, [{ code: 'I2', amountFen: 6_000_000 }]);
    const all = await ok(county.get(`${base}?year=2021&sort=operating&order=desc`));
    expect(all.total).toBe(2);
    expect(all.items.map((i: { bandCode: string }) => i.bandCode)).toEqual(['T4', 'T2']);
    expect(all.items[1]).toMatchObject({
      villageName: regions.ownVillage.name,
      townshipName: regions.ownTownship.name,
      contractingFen: 6_000_000,
    });
    expect(all.bands).toHaveLength(7);
    const t2 = await ok(county.get(`${base}?year=2021&band=T2`));
    expect(t2.items.map((i: { regionCode: string }) => i.regionCode)).toEqual([regions.ownVillage.code]);
    const named = await ok(
      county.get(`${base}?year=2021&q=${encodeURIComponent(regions.otherVillage.name)}`),
    );
    expect(named.total).toBe(1);
    const paged = await ok(county.get(`${base}?year=2021&pageSize=1&page=2`));
    expect(paged).toMatchObject({ total: 2, page: 2 });
    expect(paged.items).toHaveLength(1);
    expect((await ok(township.get(`${base}?year=2021`))).total).toBe(1);
  });

  it('exports the list with its filters, amounts in 元 and the tier', async () => {
    const res = await county.get(`${base}/export?year=2021&band=T4`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const rows = sheetRows(await readWorkbook(res.rawPayload), '年度收支台账');
    expect(rows[0].slice(0, 5)).toEqual(['村代码', '村名', '乡镇', '年度', '经营性收入（元）']);
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(0, 1)).toEqual([regions.otherVillage.code]);
    expect(rows[1][4]).toBe('250000');
    expect(rows[1][7]).toContain('T4');
  });
});
