import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { ok } from '../../../testing/ok';
import { insertHousehold, insertPerson } from '../../../testing/people';
import { auditLog } from '../../platform/audit/tables';
import { users } from '../../platform/auth/tables';
import { partyMembers } from '../members/tables';
import { reconcile } from './reconcile';
import { maskName } from './reports';

// The points ledger as strict as a bank's (issue 6): rules versioned, claims approved once,
// idempotent postings, redemptions that never overdraw or oversell under concurrency, and a
// reconciliation that finds nothing wrong afterwards.

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let village: Session;
let grid: Session;
let county: Session;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  county = await sessionAs(h.app, h.services, 'county_admin', regions.county);
  village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
  grid = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
});
afterAll(() => h.close());

const household = () => insertHousehold(h.services, { regionCode: regions.ownVillage.code });

const civilRule = async (code: string, extra: Record<string, unknown> = {}) =>
  ok(
    village.post('/api/points/rules', {
      regionCode: regions.ownVillage.code,
      system: 'civil',
      code,
      name: `村规${code}`,
      points: 10,
      proposerRoles: ['grid_worker', 'village'],
      approverRoles: ['village'],
      ...extra,
    }),
    201,
  );

/** Proposed by the grid worker, approved by the secretary. */
const award = async (householdId: string, ruleId: string, extra: Record<string, unknown> = {}) => {
  const claim = await ok(
    grid.post('/api/points/claims', {
      system: 'civil',
      holderId: householdId,
      ruleId,
      occurredOn: today,
      ...extra,
    }),
    201,
  );
  return ok(village.post(`/api/points/claims/${claim.id}/approve`));
};

const balanceOf = async (accountId: string) =>
  (await ok(village.get(`/api/points/accounts/${accountId}`))).balance;

describe('rule catalogue', () => {
  it('ships the county catalogue as editable defaults, with village additions on top', async () => {
    const rules = await ok(
      village.get(`/api/points/rules?system=civil&regionCode=${regions.ownVillage.code}`),
    );
    const codes = rules.map((r: { code: string }) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['C01', 'C09', 'D01', 'D08']));
    expect(rules.find((r: { code: string }) => r.code === 'D03')).toMatchObject({
      points: -20,
      level: 'county',
    });
    await civilRule('村规1');
    const after = await ok(
      village.get(`/api/points/rules?system=civil&regionCode=${regions.ownVillage.code}`),
    );
    expect(after.find((r: { code: string }) => r.code === '村规1')).toMatchObject({
      level: 'village',
      version: 1,
    });
    // Another village of the county does not get this village's addition.
    const other = await ok(
      county.get(`/api/points/rules?system=civil&regionCode=${regions.otherVillage.code}`),
    );
    expect(other.map((r: { code: string }) => r.code)).not.toContain('村规1');
  });

  it('lets only the owning level change a rule: a village cannot edit the county catalogue', async () => {
    const rules = await ok(village.get('/api/points/rules?system=member'));
    const p08 = rules.find((r: { code: string }) => r.code === 'P08');
    const res = await village.request('PATCH', `/api/points/rules/${p08.id}`, { points: 3 });
    expect(res.statusCode).toBe(422);
    expect(res.json().fields[0].message).toBe('只能修改本级制定的规则');
  });

  it('refuses a rule with a cap but no period, in Chinese, naming the field', async () => {
    const res = await village.post('/api/points/rules', {
      regionCode: regions.ownVillage.code,
      system: 'civil',
      code: 'X1',
      name: '缺周期',
      points: 1,
      cap: 5,
      proposerRoles: ['village'],
      approverRoles: ['village'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toContainEqual({ path: 'capPeriod', message: '上限和上限周期须同时填写' });
  });

  it('a rule changed after an award leaves the award’s points as they were', async () => {
    const home = await household();
    const rule = await civilRule('改分', { points: 2 });
    const first = await award(home.id, rule.id);
    expect(first.points).toBe(2);
    const changed = await ok(village.request('PATCH', `/api/points/rules/${rule.id}`, { points: 5 }));
    expect(changed).toMatchObject({ version: 2, points: 5, ruleKey: rule.ruleKey });
    // The old version can no longer be proposed under; the new one gives 5.
    const stale = await grid.post('/api/points/claims', {
      system: 'civil',
      holderId: home.id,
      ruleId: rule.id,
      occurredOn: today,
    });
    expect(stale.statusCode).toBe(422);
    const second = await award(home.id, changed.id);
    expect(second.points).toBe(5);
    const ledger = await ok(village.get(`/api/points/accounts/${first.accountId}/ledger`));
    expect(ledger.items.map((e: { amount: number }) => e.amount).sort()).toEqual([2, 5]);
    expect(await balanceOf(first.accountId)).toBe(7);
    const versions = await ok(village.get(`/api/points/rules/${changed.id}/versions`));
    expect(versions.map((v: { version: number; points: number }) => [v.version, v.points])).toEqual([
      [2, 5],
      [1, 2],
    ]);
    expect(versions[1].supersededAt).not.toBeNull();
  });
});

describe('claims and approval', () => {
  it('posts an approved claim once, however often it is approved, and audits each step', async () => {
    const home = await household();
    const rule = await civilRule('审核');
    const claim = await ok(
      grid.post('/api/points/claims', {
        system: 'civil',
        holderId: home.id,
        ruleId: rule.id,
        occurredOn: today,
        note: '清扫村道',
      }),
      201,
    );
    expect(claim).toMatchObject({
      status: 'pending',
      points: 10,
      ruleCode: '审核',
      holderName: home.headName,
    });
    expect(await balanceOf(claim.accountId)).toBe(0);
    const approved = await ok(village.post(`/api/points/claims/${claim.id}/approve`));
    await ok(village.post(`/api/points/claims/${claim.id}/approve`));
    expect(approved.status).toBe('approved');
    expect(await balanceOf(claim.accountId)).toBe(10);
    const actions = await h.services.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, claim.id));
    expect(actions.map((a) => a.action).sort()).toEqual(['points.claim.approve', 'points.claim.create']);
  });

  it('the same request repeated with one idempotency key posts once', async () => {
    const home = await household();
    const rule = await civilRule('幂等');
    const body = { system: 'civil', holderId: home.id, ruleId: rule.id, occurredOn: today };
    const headers = { 'idempotency-key': `claim-${home.id}` };
    const [a, b] = await Promise.all([
      grid.post('/api/points/claims', body, headers),
      grid.post('/api/points/claims', body, headers),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().id).toBe(b.json().id);
    const again = await ok(grid.post('/api/points/claims', body, headers), 201);
    expect(again.id).toBe(a.json().id);
    const list = await ok(village.get(`/api/points/claims?accountId=${again.accountId}`));
    expect(list.total).toBe(1);
    await ok(village.post(`/api/points/claims/${again.id}/approve`));
    await ok(village.post(`/api/points/claims/${again.id}/approve`));
    expect(await balanceOf(again.accountId)).toBe(10);
  });

  it('returns a claim with a reason; a returned claim cannot be approved and posts nothing', async () => {
    const home = await household();
    const rule = await civilRule('退回');
    const claim = await ok(
      grid.post('/api/points/claims', {
        system: 'civil',
        holderId: home.id,
        ruleId: rule.id,
        occurredOn: today,
      }),
      201,
    );
    const noReason = await village.post(`/api/points/claims/${claim.id}/return`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields).toContainEqual({ path: 'reason', message: '请填写理由（至少2字）' });
    const returned = await ok(
      village.post(`/api/points/claims/${claim.id}/return`, { reason: '照片看不清' }),
    );
    expect(returned).toMatchObject({ status: 'returned', reason: '照片看不清' });
    const late = await village.post(`/api/points/claims/${claim.id}/approve`);
    expect(late.statusCode).toBe(409);
    expect(await balanceOf(claim.accountId)).toBe(0);
  });

  it('keeps a capped rule within its cap for the period', async () => {
    const home = await household();
    const rule = await civilRule('上限', { points: 1, cap: 2, capPeriod: 'year' });
    await award(home.id, rule.id);
    await award(home.id, rule.id);
    const claim = await ok(
      grid.post('/api/points/claims', {
        system: 'civil',
        holderId: home.id,
        ruleId: rule.id,
        occurredOn: today,
      }),
      201,
    );
    const res = await village.post(`/api/points/claims/${claim.id}/approve`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('超出此项上限：本期已得 2 分，上限 2 分');
  });

  it('checks the range of a rule with a range and the roles that may propose and approve', async () => {
    const home = await household();
    const ranged = await civilRule('范围', { points: 5, maxPoints: 10 });
    const missing = await grid.post('/api/points/claims', {
      system: 'civil',
      holderId: home.id,
      ruleId: ranged.id,
      occurredOn: today,
    });
    expect(missing.json().fields).toContainEqual({ path: 'points', message: '请填写分值（5 至 10）' });
    const outside = await grid.post('/api/points/claims', {
      system: 'civil',
      holderId: home.id,
      ruleId: ranged.id,
      occurredOn: today,
      points: 11,
    });
    expect(outside.json().fields).toContainEqual({ path: 'points', message: '分值应在 5 至 10 之间' });
    const secretaryOnly = await civilRule('书记', { proposerRoles: ['village'] });
    const refused = await grid.post('/api/points/claims', {
      system: 'civil',
      holderId: home.id,
      ruleId: secretaryOnly.id,
      occurredOn: today,
    });
    expect(refused.statusCode).toBe(403);
    const claim = await ok(
      grid.post('/api/points/claims', {
        system: 'civil',
        holderId: home.id,
        ruleId: ranged.id,
        occurredOn: today,
        points: 8,
      }),
      201,
    );
    const byGrid = await grid.post(`/api/points/claims/${claim.id}/approve`);
    expect(byGrid.statusCode).toBe(403);
  });

  it('lets a party member propose points for themself only', async () => {
    const branch = await ok(
      county.post('/api/orgs', {
        name: '积分测试党支部',
        level: 'branch',
        kind: 'village',
        regionCode: regions.ownVillage.code,
      }),
      201,
    );
    const memberOf = async (personId: string) =>
      (
        await ok(
          county.post('/api/members', { personId, orgId: branch.id, status: 'full', joinedOn: '2010-07-01' }),
          201,
        )
      ).id as string;
    const self = await insertPerson(h.services, { regionCode: regions.ownVillage.code });
    const someone = await insertPerson(h.services, { regionCode: regions.ownVillage.code });
    const own = await memberOf(self.id);
    const other = await memberOf(someone.id);
    const member = await sessionAs(h.app, h.services, 'party_member', regions.ownVillage.code);
    const [account] = await h.services.database.db
      .select()
      .from(users)
      .orderBy(sql`created_at desc`)
      .limit(1);
    await h.services.database.db.update(users).set({ personId: self.id }).where(eq(users.id, account.id));
    const rules = await ok(village.get('/api/points/rules?system=member'));
    const p08 = rules.find((r: { code: string }) => r.code === 'P08');
    const mine = await member.post('/api/points/claims', {
      system: 'member',
      holderId: own,
      ruleId: p08.id,
      occurredOn: today,
    });
    expect(mine.statusCode, mine.body).toBe(201);
    const theirs = await member.post('/api/points/claims', {
      system: 'member',
      holderId: other,
      ruleId: p08.id,
      occurredOn: today,
    });
    expect(theirs.statusCode).toBe(403);
    expect(theirs.json().message).toBe('党员只能为本人申报积分');
    const me = await ok(member.get('/api/points/me'));
    expect(me.member).toMatchObject({ holderId: own, balance: 0 });
    expect(
      await h.services.database.db.select().from(partyMembers).where(eq(partyMembers.id, own)),
    ).toHaveLength(1);
    // Every member of the branch is ranked, with the year's base score of 100 until entries post.
    const year = today.slice(0, 4);
    const ranking = await ok(
      village.get(`/api/points/rankings?system=member&orgId=${branch.id}&period=${year}`),
    );
    expect(ranking.items.map((r: { holderName: string }) => r.holderName).sort()).toEqual(
      [self.name, someone.name].sort(),
    );
    expect(ranking.items[0]).toMatchObject({ total: 0, score: 100, stars: 5, orgName: '积分测试党支部' });
    const wall = await ok(
      village.get(`/api/points/walls/vanguard/${regions.ownVillage.code}?period=${year}`),
    );
    expect(wall.items.map((r: { maskedName: string }) => r.maskedName)).toEqual(
      expect.arrayContaining([self.name]),
    );
  });
});

describe('ledger', () => {
  it('refuses UPDATE and DELETE on the ledger and the stock moves', async () => {
    const home = await household();
    await award(home.id, (await civilRule('只增')).id);
    const { database } = h.services;
    await expect(database.rawQuery('update points_ledger set amount = amount + 1')).rejects.toThrow(
      /append-only/,
    );
    await expect(database.rawQuery('delete from points_ledger')).rejects.toThrow(/append-only/);
    await expect(database.rawQuery('delete from points_stock_moves')).rejects.toThrow(/append-only/);
  });

  it('corrects an entry with a reversing entry, once', async () => {
    const home = await household();
    const approved = await award(home.id, (await civilRule('冲正')).id);
    const ledger = await ok(village.get(`/api/points/accounts/${approved.accountId}/ledger`));
    const entry = ledger.items[0];
    const reversal = await ok(
      village.post(`/api/points/ledger/${entry.id}/reverse`, { reason: '重复申报' }),
      201,
    );
    expect(reversal).toMatchObject({ amount: -10, kind: 'reversal', reversesId: entry.id, balanceAfter: 0 });
    const twice = await village.post(`/api/points/ledger/${entry.id}/reverse`, { reason: '重复申报' });
    expect(twice.statusCode).toBe(409);
    const after = await ok(village.get(`/api/points/accounts/${approved.accountId}/ledger`));
    expect(after.items.find((e: { id: string }) => e.id === entry.id).reversedBy).toBe(reversal.id);
    expect(await balanceOf(approved.accountId)).toBe(0);
  });
});

describe('points supermarket', () => {
  const shopWith = async (goods: { name: string; price: number; stock: number }[], cancelMinutes = 60) => {
    const shop = await ok(
      village.post('/api/points/shops', {
        regionCode: regions.ownVillage.code,
        name: `积分超市${Math.random()}`,
        cancelMinutes,
      }),
      201,
    );
    const made = [];
    for (const g of goods) {
      const item = await ok(
        village.post(`/api/points/shops/${shop.id}/goods`, { name: g.name, price: g.price, unit: '袋' }),
        201,
      );
      await ok(
        village.post(`/api/points/goods/${item.id}/stock-in`, { quantity: g.stock, source: '帮扶单位捐赠' }),
      );
      made.push(item);
    }
    return { shop, goods: made };
  };

  /** A household with `points` on its civilization account. */
  const homeWith = async (points: number) => {
    const home = await household();
    const approved = await award(
      home.id,
      (await civilRule(`奖${Math.random().toString(36).slice(2, 8)}`, { points })).id,
    );
    return { home, accountId: approved.accountId as string };
  };

  it('50 concurrent redemptions against a balance that covers exactly 10: 10 succeed, 40 get 积分不足, balance ends at 0', async () => {
    const { shop, goods } = await shopWith([{ name: '食盐', price: 10, stock: 100 }]);
    const { home, accountId } = await homeWith(100);
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        village.post(`/api/points/shops/${shop.id}/redemptions`, {
          householdId: home.id,
          lines: [{ goodsId: goods[0].id, quantity: 1 }],
        }),
      ),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(40);
    for (const r of results.filter((x) => x.statusCode === 409))
      expect(r.json().message).toContain('积分不足');
    expect(await balanceOf(accountId)).toBe(0);
    const [left] = await ok(village.get(`/api/points/shops/${shop.id}/goods`));
    expect(left.stock).toBe(90);
    const report = await reconcile(h.services.database.db);
    expect(report.differences).toEqual([]);
    expect(report.redemptions).toBeGreaterThanOrEqual(10);
  });

  it('never sells stock that is not there, also when redemptions race', async () => {
    const { shop, goods } = await shopWith([{ name: '大米5公斤', price: 30, stock: 3 }]);
    const homes = await Promise.all(Array.from({ length: 6 }, () => homeWith(30)));
    const results = await Promise.all(
      homes.map(({ home }) =>
        village.post(`/api/points/shops/${shop.id}/redemptions`, {
          householdId: home.id,
          lines: [{ goodsId: goods[0].id, quantity: 1 }],
        }),
      ),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(3);
    const refused = results.filter((r) => r.statusCode === 409);
    expect(refused).toHaveLength(3);
    for (const r of refused) expect(r.json().message).toBe('库存不足：“大米5公斤”仅剩 0袋');
    // The refused households keep their points.
    const balances = await Promise.all(homes.map((x) => balanceOf(x.accountId)));
    expect(balances.sort()).toEqual([0, 0, 0, 30, 30, 30]);
    expect((await reconcile(h.services.database.db)).differences).toEqual([]);
  });

  it('a redemption repeated with one idempotency key redeems once', async () => {
    const { shop, goods } = await shopWith([{ name: '毛巾', price: 10, stock: 10 }]);
    const { home, accountId } = await homeWith(50);
    const body = { householdId: home.id, lines: [{ goodsId: goods[0].id, quantity: 2 }] };
    const headers = { 'idempotency-key': `counter-${home.id}` };
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        village.post(`/api/points/shops/${shop.id}/redemptions`, body, headers),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    expect(await balanceOf(accountId)).toBe(30);
    const bad = await village.post(`/api/points/shops/${shop.id}/redemptions`, body, {
      'idempotency-key': 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('幂等键应为8–80位');
  });

  it('cancels within the window, returning points and stock, and reports the month', async () => {
    const { shop, goods } = await shopWith([
      { name: '洗衣粉', price: 20, stock: 5 },
      { name: '牙膏', price: 8, stock: 5 },
    ]);
    const { home, accountId } = await homeWith(100);
    const redemption = await ok(
      village.post(`/api/points/shops/${shop.id}/redemptions`, {
        householdId: home.id,
        lines: [
          { goodsId: goods[0].id, quantity: 1 },
          { goodsId: goods[1].id, quantity: 2 },
        ],
        handOver: false,
      }),
      201,
    );
    expect(redemption).toMatchObject({ total: 36, status: 'reserved', balanceAfter: 64 });
    expect(redemption.code).toMatch(/^\d{6}$/);
    const found = await ok(village.get(`/api/points/shops/${shop.id}/redemptions?code=${redemption.code}`));
    expect(found.items.map((r: { id: string }) => r.id)).toEqual([redemption.id]);
    const kept = await ok(
      village.post(`/api/points/shops/${shop.id}/redemptions`, {
        householdId: home.id,
        lines: [{ goodsId: goods[1].id, quantity: 1 }],
      }),
      201,
    );
    const cancelled = await ok(
      village.post(`/api/points/redemptions/${redemption.id}/cancel`, { reason: '村民改换商品' }),
    );
    expect(cancelled.status).toBe('cancelled');
    expect(await balanceOf(accountId)).toBe(92);
    const again = await village.post(`/api/points/redemptions/${redemption.id}/cancel`, {
      reason: '村民改换商品',
    });
    expect(again.statusCode).toBe(409);
    const pickup = await village.post(`/api/points/redemptions/${redemption.id}/hand-over`);
    expect(pickup.statusCode).toBe(409);
    const month = today.slice(0, 7);
    const statement = await ok(village.get(`/api/points/shops/${shop.id}/statement?month=${month}`));
    expect(statement).toMatchObject({ redemptions: 2, cancelled: 1, households: 1, points: kept.total });
    expect(statement.goods.find((g: { name: string }) => g.name === '牙膏')).toMatchObject({
      opening: 0,
      stockIn: 5,
      redeemed: 3,
      returned: 2,
      closing: 4,
      points: 8,
    });
    expect((await reconcile(h.services.database.db)).differences).toEqual([]);
  });

  it('suspends a household’s redemptions after a deduction that freezes (违规滥办酒席)', async () => {
    const { shop, goods } = await shopWith([{ name: '酱油', price: 8, stock: 5 }]);
    const { home, accountId } = await homeWith(50);
    const banquet = await civilRule('酒席', { points: -20, freezeMonths: 3 });
    await award(home.id, banquet.id);
    const account = await ok(village.get(`/api/points/accounts/${accountId}`));
    expect(account.balance).toBe(30);
    expect(account.frozenUntil > today).toBe(true);
    const res = await village.post(`/api/points/shops/${shop.id}/redemptions`, {
      householdId: home.id,
      lines: [{ goodsId: goods[0].id, quantity: 1 }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe(`该户兑换已暂停至 ${account.frozenUntil}`);
    const award2 = await village.post('/api/points/rules', {
      regionCode: regions.ownVillage.code,
      system: 'civil',
      code: '错配',
      name: '加分不能暂停',
      points: 5,
      freezeMonths: 1,
      proposerRoles: ['village'],
      approverRoles: ['village'],
    });
    expect(award2.json().fields).toContainEqual({
      path: 'freezeMonths',
      message: '只有扣分规则可以暂停兑换',
    });
  });

  it('lets a villager reserve goods for their own household only, to pick up with the code', async () => {
    const { shop, goods } = await shopWith([{ name: '纸巾', price: 20, stock: 5 }]);
    const { home, accountId } = await homeWith(40);
    const other = await homeWith(40);
    const villager = await sessionAs(h.app, h.services, 'villager', regions.ownVillage.code);
    const [account] = await h.services.database.db
      .select()
      .from(users)
      .orderBy(sql`created_at desc`)
      .limit(1);
    await h.services.database.db
      .update(users)
      .set({ personId: home.headPersonId })
      .where(eq(users.id, account.id));
    const me = await ok(villager.get('/api/points/me'));
    expect(me.household).toMatchObject({ id: accountId, balance: 40 });
    const mine = await ok(
      villager.post(`/api/points/shops/${shop.id}/redemptions`, {
        householdId: home.id,
        lines: [{ goodsId: goods[0].id, quantity: 1 }],
        handOver: true,
      }),
      201,
    );
    expect(mine.status).toBe('reserved');
    const theirs = await villager.post(`/api/points/shops/${shop.id}/redemptions`, {
      householdId: other.home.id,
      lines: [{ goodsId: goods[0].id, quantity: 1 }],
    });
    expect(theirs.statusCode).toBe(404);
    expect(await balanceOf(other.accountId)).toBe(40);
    const ledger = await villager.get(`/api/points/accounts/${other.accountId}/ledger`);
    expect(ledger.statusCode).toBe(404);

    // 积分兑换: the village's shop and the reservation waiting, with its code.
    const view = await ok(villager.get('/api/points/me/shop'));
    expect(view.household).toMatchObject({ id: accountId, balance: 20 });
    expect(view.shops.map((s: { id: string }) => s.id)).toContain(shop.id);
    expect(view.reservations).toMatchObject([{ id: mine.id, code: mine.code, total: 20 }]);

    // A second reservation, cancelled by the villager: points and stock come back.
    const second = await ok(
      villager.post(`/api/points/shops/${shop.id}/redemptions`, {
        householdId: home.id,
        lines: [{ goodsId: goods[0].id, quantity: 1 }],
      }),
      201,
    );
    expect(await balanceOf(accountId)).toBe(0);
    const cancelled = await ok(
      villager.post(`/api/points/redemptions/${second.id}/cancel`, { reason: '不需要了' }),
    );
    expect(cancelled.status).toBe('cancelled');
    expect(await balanceOf(accountId)).toBe(20);
    expect(
      (await ok(villager.get('/api/points/me/shop'))).reservations.map((r: { id: string }) => r.id),
    ).toEqual([mine.id]);

    // Another household's reservation is not theirs to cancel; a picked-up one goes to the counter.
    const othersReservation = await ok(
      village.post(`/api/points/shops/${shop.id}/redemptions`, {
        householdId: other.home.id,
        lines: [{ goodsId: goods[0].id, quantity: 1 }],
        handOver: false,
      }),
      201,
    );
    const foreign = await villager.post(`/api/points/redemptions/${othersReservation.id}/cancel`, {
      reason: '误点',
    });
    expect(foreign.statusCode).toBe(404);
    expect(await balanceOf(other.accountId)).toBe(20);
    const handed = await ok(village.post(`/api/points/redemptions/${mine.id}/hand-over`));
    expect(handed.status).toBe('handed_over');
    const late = await villager.post(`/api/points/redemptions/${mine.id}/cancel`, { reason: '不要了' });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('已领取的兑换请到积分超市柜台办理');
  });

  it('refuses to take back goods handed over after the window, and releases a reservation at any time', async () => {
    const { shop, goods } = await shopWith([{ name: '香皂', price: 4, stock: 5 }], 0);
    const { home } = await homeWith(20);
    const r = await ok(
      village.post(`/api/points/shops/${shop.id}/redemptions`, {
        householdId: home.id,
        lines: [{ goodsId: goods[0].id, quantity: 1 }],
      }),
      201,
    );
    expect(r).toMatchObject({ status: 'handed_over', cancellable: false, cancellableUntil: null });
    const res = await village.post(`/api/points/redemptions/${r.id}/cancel`, { reason: '超时撤销' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('已超过撤销时限');

    // A reservation not picked up holds points and stock: the counter may release it at any time.
    const reserved = await ok(
      village.post(`/api/points/shops/${shop.id}/redemptions`, {
        householdId: home.id,
        lines: [{ goodsId: goods[0].id, quantity: 2 }],
        handOver: false,
      }),
      201,
    );
    expect(reserved).toMatchObject({ status: 'reserved', cancellable: true, balanceAfter: 8 });
    const released = await ok(
      village.post(`/api/points/redemptions/${reserved.id}/cancel`, { reason: '逾期未取' }),
    );
    expect(released).toMatchObject({ status: 'cancelled', cancellable: false });
    const [stock] = await ok(village.get(`/api/points/shops/${shop.id}/goods`));
    expect(stock.stock).toBe(4);
  });
});

describe('rankings and walls', () => {
  it('ranks households of a village by the month’s points and masks names on the smile wall', async () => {
    const a = await household();
    const b = await household();
    await award(a.id, (await civilRule('榜A', { points: 7 })).id);
    await award(b.id, (await civilRule('榜B', { points: 3 })).id);
    const month = today.slice(0, 7);
    const ranking = await ok(
      village.get(`/api/points/rankings?system=civil&regionCode=${regions.ownVillage.code}&period=${month}`),
    );
    const names = ranking.items.map((r: { holderName: string }) => r.holderName);
    expect(names.indexOf(a.headName)).toBeLessThan(names.indexOf(b.headName));
    const wall = await ok(village.get(`/api/points/walls/smile/${regions.ownVillage.code}?period=${month}`));
    const masked = wall.items.map((r: { maskedName: string }) => r.maskedName);
    expect(masked).not.toContain(a.headName);
    expect(masked).toContain(maskName(a.headName));
    expect(wall.items[masked.indexOf(maskName(a.headName))]).toMatchObject({ total: 7, smile: 'smile' });
  });

  it('masks names the way villages post them', () => {
    expect(['黄明', '黄小明', '欧阳小明', '王'].map(maskName)).toEqual(['黄*', '黄*明', '欧**明', '王']);
  });
});
