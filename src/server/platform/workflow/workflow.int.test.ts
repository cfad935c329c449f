import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ctxOf, makeUser, type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { ok } from '../../../testing/ok';
import { insertHousehold } from '../../../testing/people';
import { pointsClaims } from '../../modules/points/tables';
import { auditLog } from '../audit/tables';
import type { Ctx } from '../context';
import { defineWorkflow } from './define';
import { workflowHistory } from './tables';
import { transition } from './transition';

// The workflow building block on a real record kind (a points claim), with a workflow declared
// here so the test pins the engine, not the points module's rules: illegal actions are refused
// with nothing changed, needs are enforced, each step leaves history and audit in one
// transaction, and of 20 identical concurrent actions exactly one wins.

type Claim = typeof pointsClaims.$inferSelect;

const review = defineWorkflow<'pending' | 'approved' | 'returned', Claim>({
  kind: 'points_claim',
  auditPrefix: 'points.claim', // the points claim's own audit names: this is its record kind
  noun: '申报',
  table: pointsClaims,
  stateColumn: pointsClaims.status,
  stateKey: 'status',
  states: {
    pending: { zh: '待审核', en: 'Pending' },
    approved: { zh: '已通过', en: 'Approved' },
    returned: { zh: '已退回', en: 'Returned' },
  },
  transitions: {
    approve: {
      from: ['pending'],
      to: 'approved',
      label: { zh: '审核通过', en: 'Approve' },
      allowed: (ctx) => ctx.actor.role === 'village',
      effect: async (tx) => ({ set: { decidedByName: tx.actor.displayName } }),
    },
    return: {
      from: ['pending'],
      to: 'returned',
      label: { zh: '退回', en: 'Return' },
      allowed: (ctx) => ctx.actor.role === 'village',
      needs: { reason: true },
      effect: async (_tx, _r, input) => ({ set: { reason: input.reason ?? null } }),
    },
    reopen: {
      from: ['returned'],
      to: 'pending',
      label: { zh: '重新提交', en: 'Resubmit' },
      allowed: () => true,
    },
  },
});

// The same record kind, with approve going where `extra.to` says: `to`, one of `alsoTo`, or
// (wrongly) a state it does not declare.
const choosing = defineWorkflow({
  ...review,
  transitions: {
    approve: {
      from: ['pending'],
      to: 'approved',
      alsoTo: ['returned'],
      label: { zh: '审核', en: 'Decide' },
      allowed: (ctx) => ctx.actor.role === 'village',
      effect: async (_tx, _r, input) => ({ to: input.extra?.to as 'approved' | 'returned' | undefined }),
    },
  },
});

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let secretary: Ctx;
let worker: Ctx;
let grid: Session;
let village: Session;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  const vc = regions.ownVillage.code;
  secretary = ctxOf(h.services, await makeUser(h.services, { role: 'village', regionCode: vc }));
  worker = ctxOf(h.services, await makeUser(h.services, { role: 'grid_worker', regionCode: vc }));
  village = await sessionAs(h.app, h.services, 'village', vc);
  grid = await sessionAs(h.app, h.services, 'grid_worker', vc);
});
afterAll(() => h.close());

let ruleId: string | undefined;
/** A pending claim, proposed through the API. */
const pendingClaim = async (): Promise<string> => {
  const vc = regions.ownVillage.code;
  ruleId ??= (
    await ok(
      village.post('/api/points/rules', {
        regionCode: vc,
        system: 'civil',
        code: 'WF1',
        name: '流程测试',
        points: 5,
        proposerRoles: ['grid_worker'],
        approverRoles: ['village'],
      }),
      201,
    )
  ).id;
  const home = await insertHousehold(h.services, { regionCode: vc });
  const claim = await ok(
    grid.post('/api/points/claims', { system: 'civil', holderId: home.id, ruleId, occurredOn: today }),
    201,
  );
  return claim.id;
};

const snapshot = async (id: string) => {
  const db = h.services.database.db;
  const [row] = await db.select().from(pointsClaims).where(eq(pointsClaims.id, id));
  const [{ steps }] = await db
    .select({ steps: count() })
    .from(workflowHistory)
    .where(
      and(
        eq(workflowHistory.recordKind, 'points_claim'),
        eq(workflowHistory.recordId, id),
        eq(workflowHistory.actorId, secretary.actor.userId),
      ),
    );
  const [{ audits }] = await db
    .select({ audits: count() })
    .from(auditLog)
    .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'points.claim.approve')));
  return { status: row.status, reason: row.reason, decidedByName: row.decidedByName, steps, audits };
};

describe('transition()', () => {
  it('moves the state, keeps the step and the audit row, and answers the actions now open', async () => {
    const id = await pendingClaim();
    const result = await transition(secretary, review, id, 'return', { reason: '照片不清楚' });
    expect(result.record.status).toBe('returned');
    expect(result.record.reason).toBe('照片不清楚');
    expect(result.actions.map((a) => a.action)).toEqual(['reopen']);
    const db = h.services.database.db;
    const steps = await db.select().from(workflowHistory).where(eq(workflowHistory.recordId, id));
    const step = steps.find((s) => s.action === 'return');
    expect(step).toMatchObject({
      fromState: 'pending',
      toState: 'returned',
      reason: '照片不清楚',
      actorRole: 'village',
    });
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.map((a) => a.action)).toContain('points.claim.return');
  });

  it('refuses every action the state does not allow with 409 naming the state and what may be done, changing nothing', async () => {
    const id = await pendingClaim();
    await transition(secretary, review, id, 'approve');
    const before = await snapshot(id);
    for (const action of ['approve', 'return', 'reopen']) {
      const refused = transition(secretary, review, id, action, { reason: 'x' });
      await expect(refused).rejects.toMatchObject({ status: 409 });
      await expect(refused).rejects.toThrow(/当前为「已通过」，不能.*现在没有您可做的操作/);
    }
    expect(await snapshot(id)).toEqual(before);
    const returned = await pendingClaim();
    await transition(secretary, review, returned, 'return', { reason: '缺照片' });
    await expect(transition(secretary, review, returned, 'approve')).rejects.toThrow(
      '该申报当前为「已退回」，不能审核通过；现在可以：重新提交',
    );
  });

  it('refuses a caller the action is not for, an action that needs a reason without one, and an unknown action', async () => {
    const id = await pendingClaim();
    await expect(transition(worker, review, id, 'approve')).rejects.toMatchObject({ status: 403 });
    await expect(transition(secretary, review, id, 'return', { reason: '  ' })).rejects.toMatchObject({
      status: 422,
      fields: [{ path: 'reason', message: '请填写退回的理由' }],
    });
    await expect(transition(secretary, review, id, 'toString')).rejects.toMatchObject({ status: 422 });
    expect((await snapshot(id)).status).toBe('pending');
  });

  it('answers 404 for a record outside the caller’s scope', async () => {
    const id = await pendingClaim();
    const other = ctxOf(
      h.services,
      await makeUser(h.services, { role: 'village', regionCode: regions.otherVillage.code }),
    );
    await expect(transition(other, review, id, 'approve')).rejects.toMatchObject({ status: 404 });
    expect((await snapshot(id)).status).toBe('pending');
  });

  it('goes to a state the effect chooses among `to` and `alsoTo`, and refuses one the action does not declare', async () => {
    const id = await pendingClaim();
    const result = await transition(secretary, choosing, id, 'approve', { extra: { to: 'returned' } });
    expect(result.record.status).toBe('returned');
    const db = h.services.database.db;
    const steps = await db.select().from(workflowHistory).where(eq(workflowHistory.recordId, id));
    expect(steps.find((s) => s.action === 'approve')).toMatchObject({
      fromState: 'pending',
      toState: 'returned',
    });
    const other = await pendingClaim();
    await expect(
      transition(secretary, choosing, other, 'approve', { extra: { to: 'pending' } }),
    ).rejects.toThrow(/may not go to pending/);
    expect((await snapshot(other)).status).toBe('pending');
    expect(() =>
      defineWorkflow({
        ...review,
        transitions: { x: { ...choosing.transitions.approve, alsoTo: ['nowhere' as never] } },
      }),
    ).toThrow(/unknown state nowhere/);
  });

  it('lets exactly one of 20 identical concurrent actions through', async () => {
    const id = await pendingClaim();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => transition(secretary, review, id, 'approve')),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const r of lost) expect(r.reason).toMatchObject({ status: 409 });
    const after = await snapshot(id);
    expect(after).toMatchObject({ status: 'approved', steps: 1, audits: 1 });
  });
});
