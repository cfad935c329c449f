import { describe, expect, it } from 'vitest';
import { ok } from '../../../testing/ok';
import {
  award,
  balanceOf,
  civilRule,
  county,
  grid,
  household,
  regions,
  today,
  village,
  withPointsHarness,
} from './points-test-kit';

// The points ledger as strict as a bank's (issue 6): rules versioned; a change never alters granted points.

withPointsHarness();

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
