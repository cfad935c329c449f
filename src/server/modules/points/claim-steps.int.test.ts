import { describe, expect, it } from 'vitest';
import { sessionAs } from '../../../testing/factories';
import { ok } from '../../../testing/ok';
import {
  balanceOf,
  civilRule,
  grid,
  h,
  household,
  regions,
  today,
  village,
  withPointsHarness,
} from './points-test-kit';

// A claim's steps on the workflow building block (issue 10): returned with a reason the proposer
// sees, completed and sent again; withdrawn by its proposer only; each step in the claim's
// history; the buttons a page shows are the actions the server offers the caller.

withPointsHarness();

const propose = async (code: string) => {
  const home = await household();
  const rule = await civilRule(code);
  return ok(
    grid.post('/api/points/claims', {
      system: 'civil',
      holderId: home.id,
      ruleId: rule.id,
      occurredOn: today,
    }),
    201,
  );
};

const actionsOf = (claim: { actions: { action: string }[] }) => claim.actions.map((a) => a.action);

describe('claim steps', () => {
  it('offers each side its own actions: the secretary approves or returns, the proposer may withdraw', async () => {
    const claim = await propose('步骤一');
    expect(actionsOf(claim)).toEqual(['withdraw']);
    const seen = await ok(village.get(`/api/points/claims/${claim.id}`));
    expect(actionsOf(seen)).toEqual(['approve', 'return']);
    expect(seen.history).toMatchObject([
      { action: 'submit', from: null, to: 'pending', actorRole: 'grid_worker' },
    ]);
  });

  it('shows a returned claim with its reason to the proposer, who sends it again, and keeps every step', async () => {
    const claim = await propose('步骤二');
    await ok(village.post(`/api/points/claims/${claim.id}/return`, { reason: '请补充活动照片' }));
    const mine = await ok(grid.get('/api/points/claims?mine=true&status=returned&pageSize=50'));
    const back = mine.items.find((c: { id: string }) => c.id === claim.id);
    expect(back).toMatchObject({ status: 'returned', reason: '请补充活动照片' });
    expect(actionsOf(back)).toEqual(['resubmit', 'withdraw']);
    const home = await ok(grid.get('/api/home'));
    const returned = home.pending.find((p: { key: string }) => p.key === 'points.returned');
    expect(returned.entries).toContainEqual(
      expect.objectContaining({ id: claim.id, reason: '请补充活动照片' }),
    );

    const again = await ok(grid.post(`/api/points/claims/${claim.id}/resubmit`, {}));
    expect(again).toMatchObject({ status: 'pending', reason: null, decidedByName: null });
    const approved = await ok(village.post(`/api/points/claims/${claim.id}/approve`));
    expect(approved.status).toBe('approved');
    expect(await balanceOf(claim.accountId)).toBe(10);
    const detail = await ok(village.get(`/api/points/claims/${claim.id}`));
    expect(detail.history.map((s: { action: string }) => s.action)).toEqual([
      'submit',
      'return',
      'resubmit',
      'approve',
    ]);
    expect(detail.history[1]).toMatchObject({
      reason: '请补充活动照片',
      fromLabel: { zh: '待审核' },
      toLabel: { zh: '已退回' },
    });
    expect(detail.history[3].data).toMatchObject({ points: 10 });
  });

  it('lets only the proposer withdraw, and nothing is done with a withdrawn claim', async () => {
    const claim = await propose('步骤三');
    const colleague = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
    const notYours = await colleague.post(`/api/points/claims/${claim.id}/withdraw`, {});
    expect(notYours.statusCode).toBe(403);
    const withdrawn = await ok(grid.post(`/api/points/claims/${claim.id}/withdraw`, {}));
    expect(withdrawn).toMatchObject({ status: 'withdrawn', actions: [] });
    const late = await village.post(`/api/points/claims/${claim.id}/approve`);
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('该申报当前为「已撤回」，不能审核通过；现在没有您可做的操作');
    expect(await balanceOf(claim.accountId)).toBe(0);
  });

  it('approves exactly once when 20 approvals of one claim race', async () => {
    const claim = await propose('步骤四');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => village.post(`/api/points/claims/${claim.id}/approve`)),
    );
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(19);
    expect(await balanceOf(claim.accountId)).toBe(10);
  });
});
