import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessionAs } from '../../../testing/factories';
import { ok } from '../../../testing/ok';
import { insertPerson } from '../../../testing/people';
import { auditLog } from '../../platform/audit/tables';
import { users } from '../../platform/auth/tables';
import { partyMembers } from '../members/tables';
import {
  award,
  balanceOf,
  civilRule,
  grid,
  h,
  household,
  regions,
  today,
  village,
  villageBranch,
  withPointsHarness,
} from './points-test-kit';

// The points ledger as strict as a bank's (issue 6): claims approved once, idempotent proposals,
// caps, ranges and roles.

withPointsHarness();

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
    // Approving again is refused (the workflow's 409) and posts nothing more.
    const twice = await village.post(`/api/points/claims/${claim.id}/approve`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toBe('该申报当前为「已通过」，不能审核通过；现在没有您可做的操作');
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
    expect((await village.post(`/api/points/claims/${again.id}/approve`)).statusCode).toBe(409);
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
    const { branch, memberOf } = await villageBranch('积分测试党支部');
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
      // P08 asks for a photo: the claim is kept unsent until one is uploaded.
      draft: true,
    });
    expect(mine.statusCode, mine.body).toBe(201);
    const theirs = await member.post('/api/points/claims', {
      system: 'member',
      holderId: other,
      ruleId: p08.id,
      occurredOn: today,
      // P08 asks for a photo: the claim is kept unsent until one is uploaded.
      draft: true,
    });
    expect(theirs.statusCode).toBe(403);
    expect(theirs.json().message).toBe('党员只能为本人申报积分');
    const me = await ok(member.get('/api/points/me'));
    expect(me.member).toMatchObject({ holderId: own, balance: 0 });
    expect(
      await h.services.database.db.select().from(partyMembers).where(eq(partyMembers.id, own)),
    ).toHaveLength(1);
    // Every member of the branch is ranked, with the year's base score of 100 until entries post
    // and one plaque star (60 on Huaning's bands) until they earn more.
    const year = today.slice(0, 4);
    const ranking = await ok(
      village.get(`/api/points/rankings?system=member&orgId=${branch.id}&period=${year}`),
    );
    expect(ranking.items.map((r: { holderName: string }) => r.holderName).sort()).toEqual(
      [self.name, someone.name].sort(),
    );
    expect(ranking.items[0]).toMatchObject({ total: 0, score: 100, stars: 1, orgName: '积分测试党支部' });
    const wall = await ok(
      village.get(`/api/points/walls/vanguard/${regions.ownVillage.code}?period=${year}`),
    );
    expect(wall.items.map((r: { maskedName: string }) => r.maskedName)).toEqual(
      expect.arrayContaining([self.name]),
    );
  });

  it('answers 404 when a party member asks for a claim someone else proposed, as for one outside the scope', async () => {
    const home = await household();
    const rule = await civilRule('他人');
    const body = { system: 'civil', holderId: home.id, ruleId: rule.id, occurredOn: today };
    const claim = await ok(grid.post('/api/points/claims', body), 201);
    const member = await sessionAs(h.app, h.services, 'party_member', regions.ownVillage.code);
    const refused = await member.get(`/api/points/claims/${claim.id}`);
    expect(refused.statusCode).toBe(404);
    expect((await grid.get(`/api/points/claims/${claim.id}`)).statusCode).toBe(200);
  });

  it('lists the caller’s own claims in any status, newest first, with mine=true', async () => {
    const home = await household();
    const rule = await civilRule('我的');
    const body = { system: 'civil', holderId: home.id, ruleId: rule.id, occurredOn: today };
    const first = await ok(grid.post('/api/points/claims', body), 201);
    await ok(village.post(`/api/points/claims/${first.id}/return`, { reason: '材料不全' }));
    const second = await ok(grid.post('/api/points/claims', body), 201);
    const others = await ok(village.post('/api/points/claims', body), 201);
    const mine = await ok(grid.get('/api/points/claims?mine=true'));
    const ids = mine.items.map((c: { id: string }) => c.id);
    expect(ids.slice(0, 2)).toEqual([second.id, first.id]);
    expect(mine.items.slice(0, 2).map((c: { status: string }) => c.status)).toEqual(['pending', 'returned']);
    expect(ids).not.toContain(others.id);
    const everyone = await ok(grid.get('/api/points/claims?mine=false'));
    expect(everyone.items.map((c: { id: string }) => c.id)).toContain(others.id);
  });
});
