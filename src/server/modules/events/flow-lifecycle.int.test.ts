import { describe, expect, it } from 'vitest';
import {
  department,
  departmentSession,
  grid,
  report,
  township,
  village,
  withEventsHarness,
} from './events-test-kit';
import { act, actOnDispatch, dispatchesOf, eventRow, photo, stagesOf, stepsOf } from './flow-test-kit';

// 事件的一生 through the API: reported by a grid worker, accepted and escalated by the village,
// dispatched by the township to two departments, each reports for duty and handles with a photo,
// the township approves, the reporter rates. History rows and stage rows are checked at the end.

withEventsHarness();

describe('the lifecycle of an event', () => {
  it('goes from report to rating through village, township and two departments', async () => {
    const e = await report({}, grid, 'E01');
    const accepted = await act(village, e.id, 'accept');
    expect(accepted).toMatchObject({ status: 'village', level: 'village', stageKind: 'village' });
    expect(accepted.actions.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['escalate', 'resolve', 'merge']),
    );
    const up = await act(village, e.id, 'escalate', { reason: '涉及低保政策，村里办不了' });
    expect(up).toMatchObject({ status: 'township', level: 'township', stageKind: 'township' });
    const sent = await act(township, e.id, 'dispatch', {
      departments: ['civil_affairs', 'health'],
      note: '请尽快核实',
    });
    expect(sent).toMatchObject({ status: 'dispatched', level: 'department', stageKind: null });
    expect(sent.dispatches).toHaveLength(2);
    const health = await departmentSession('health');
    for (const [who, dept] of [
      [department, 'civil_affairs'],
      [health, 'health'],
    ] as const) {
      const detail = await (await who.get(`/api/events/${e.id}`)).json();
      expect(detail.dispatches.map((d: { department: string }) => d.department)).toEqual([dept]);
      const d = detail.dispatches[0];
      expect(d.actions.map((a: { action: string }) => a.action)).toEqual(['acknowledge', 'return']);
      const acked = await actOnDispatch(who, d.id, 'acknowledge');
      expect(acked.dispatches[0]).toMatchObject({ status: 'acknowledged' });
      expect(acked.dispatches[0].handleDueAt).not.toBeNull();
      const noPhoto = await actOnDispatch(who, d.id, 'handle', { result: '已上门核实' }, 409);
      expect(noPhoto.message).toContain('照片');
      await photo(who, 'event_dispatch', d.id);
      const handled = await actOnDispatch(who, d.id, 'handle', { result: `${dept} 已办理` });
      expect(handled.dispatches[0]).toMatchObject({ status: 'handled', result: `${dept} 已办理` });
    }
    const reviewing = await eventRow(e.id);
    expect(reviewing).toMatchObject({ status: 'reviewing', level: 'township', stageKind: 'review' });
    const closed = await act(township, e.id, 'approve');
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    const rated = await act(grid, e.id, 'rate', { rating: 5 });
    expect(rated).toMatchObject({ status: 'rated', rating: 5, redoCount: 0 });
    const row = await eventRow(e.id);
    expect(row.ratedAt).not.toBeNull();
    expect(row.acceptedAt).not.toBeNull();

    const steps = await stepsOf(e.id);
    expect(steps.map((s) => [s.action, s.fromState, s.toState])).toEqual([
      ['submit', null, 'reported'],
      ['accept', 'reported', 'village'],
      ['escalate', 'village', 'township'],
      ['dispatch', 'township', 'dispatched'],
      ['complete', 'dispatched', 'reviewing'],
      ['approve', 'reviewing', 'closed'],
      ['rate', 'closed', 'rated'],
    ]);
    for (const s of steps) {
      expect(s.actorName).toBeTruthy();
      expect(s.createdAt).toBeInstanceOf(Date);
    }
    expect(steps[2].reason).toBe('涉及低保政策，村里办不了');
    expect(steps[2].actorRole).toBe('village');
    expect(steps[3].data).toMatchObject({ departments: ['civil_affairs', 'health'], round: 1 });
    expect(steps[4].actorRole).toBe('department');
    expect(steps[6].data).toMatchObject({ rating: 5 });

    const stages = await stagesOf(e.id);
    const summary = stages.map((s) => [s.kind, s.owner, s.outcome]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['accept', 'village', 'done'],
        ['village', 'village', 'escalated'],
        ['township', 'township', 'done'],
        ['acknowledge', 'civil_affairs', 'done'],
        ['acknowledge', 'health', 'done'],
        ['handle', 'civil_affairs', 'done'],
        ['handle', 'health', 'done'],
        ['review', 'township', 'done'],
      ]),
    );
    expect(stages).toHaveLength(8);
    for (const s of stages) {
      expect(s.endedAt).not.toBeNull();
      expect(s.workingDays).not.toBeNull();
    }
    const dispatches = await dispatchesOf(e.id);
    expect(dispatches.map((d) => [d.department, d.status, d.round])).toEqual([
      ['civil_affairs', 'handled', 1],
      ['health', 'handled', 1],
    ]);
    for (const d of dispatches) expect(d.ackDueAt).not.toBeNull();
    expect((await stepsOf(dispatches[0].id, 'event_dispatch')).map((s) => s.action)).toEqual([
      'acknowledge',
      'handle',
    ]);
  });
});
