import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications } from '../../platform/notifications/tables';
import {
  department,
  departmentSession,
  grid,
  h,
  report,
  township,
  village,
  villager,
  withEventsHarness,
} from './events-test-kit';
import { act, actOnDispatch, dispatchesOf, eventRow, photo, stagesOf, stepsOf } from './flow-test-kit';

// The steps besides the long way: the village closes, a low rating reopens once, returns with a
// reason at each step, the township's review sends handled dispatches back, notices reach whom
// they concern, a department never sees another's dispatch, two accepts at once: one wins.

withEventsHarness();

const actions = (detail: { actions: { action: string }[] }) => detail.actions.map((a) => a.action);
const noticesOf = async (userId: string | null, kind: string) => {
  const [{ n }] = await h.services.database.db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId ?? ''), eq(notifications.kind, kind)));
  return n;
};
const userIdOf = async (s: typeof grid) => (await (await s.get('/api/auth/me')).json()).id as string;

describe('the village handles and closes', () => {
  it('accepts, resolves with a result and photo, and the reporter is asked to rate', async () => {
    const e = await report({}, villager);
    await act(village, e.id, 'accept');
    await photo(village, 'event', e.id);
    const missing = await act(village, e.id, 'resolve', {}, 422);
    expect(missing.fields[0].path).toBe('result');
    const closed = await act(village, e.id, 'resolve', { result: '已更换路灯三盏' });
    expect(closed).toMatchObject({ status: 'closed', result: '已更换路灯三盏', photoCount: 1 });
    expect(await noticesOf(await userIdOf(villager), 'events.closed')).toBe(1);
    const mine = await (await villager.get(`/api/events/${e.id}`)).json();
    expect(actions(mine)).toEqual(['rate']);
    expect(mine.actions[0].needs).toEqual(['rating']);
    expect((await act(villager, e.id, 'rate', { rating: 4 })).status).toBe('rated');
    const stages = await stagesOf(e.id);
    expect(stages.map((s) => [s.kind, s.outcome])).toEqual([
      ['accept', 'done'],
      ['village', 'done'],
    ]);
  });
});

describe('the reporter', () => {
  it('submits a draft once its photo is uploaded (the category asks for one), and withdraws before acceptance', async () => {
    const draft = await report({ draft: true }, villager, 'E03');
    const refused = await act(villager, draft.id, 'submit', {}, 409);
    expect(refused.message).toContain('照片');
    await act(village, draft.id, 'submit', {}, 404);
    expect((await village.get(`/api/events/${draft.id}`)).statusCode).toBe(404);
    await photo(villager, 'event', draft.id);
    const sent = await act(villager, draft.id, 'submit');
    expect(sent).toMatchObject({ status: 'reported', stageKind: 'accept', photoCount: 1 });
    expect((await stepsOf(draft.id)).map((s) => s.action)).toEqual(['create', 'submit']);
    await act(villager, draft.id, 'withdraw');
    expect((await stagesOf(draft.id)).map((s) => [s.kind, s.outcome])).toEqual([['accept', 'cancelled']]);
    expect((await eventRow(draft.id)).status).toBe('withdrawn');
  });

  it('adds scene photos until the event is accepted; then only its handlers add result photos', async () => {
    const e = await report({}, villager);
    await photo(villager, 'event', e.id);
    await act(village, e.id, 'accept');
    await photo(villager, 'event', e.id, 403);
    await photo(township, 'event', e.id, 403);
    await photo(village, 'event', e.id);
    const other = await (await villager.get(`/api/attachments/event/${e.id}`)).json();
    expect(other.items).toHaveLength(2);
  });
});

describe('a low rating', () => {
  it('reopens the event once at the level that closed it; a second low rating is final', async () => {
    const e = await report({}, villager);
    await act(village, e.id, 'accept');
    await act(village, e.id, 'resolve', { result: '已答复' });
    const reopened = await act(villager, e.id, 'rate', { rating: 2 });
    expect(reopened).toMatchObject({
      status: 'village',
      level: 'village',
      redoCount: 1,
      rating: 2,
      stageKind: 'village',
    });
    expect(reopened.closedAt).toBeNull();
    const steps = await stepsOf(e.id);
    expect(steps.at(-1)).toMatchObject({ action: 'rate', fromState: 'closed', toState: 'village' });
    expect(steps.at(-1)!.data).toMatchObject({ rating: 2, redo: true });
    expect(await noticesOf(await userIdOf(village), 'events.low_rating')).toBe(1);
    await act(village, e.id, 'resolve', { result: '重新答复' });
    const final = await act(villager, e.id, 'rate', { rating: 1 });
    expect(final).toMatchObject({ status: 'rated', rating: 1, redoCount: 1 });
    expect((await stagesOf(e.id)).filter((s) => s.kind === 'village')).toHaveLength(2);
  });
});

describe('returns with a reason', () => {
  it('returns a report to its reporter, sends an escalated event back to the village, and asks a reason each time', async () => {
    const e = await report({}, villager);
    expect((await act(village, e.id, 'return', {}, 422)).fields[0]).toMatchObject({ path: 'reason' });
    const back = await act(village, e.id, 'return', { reason: '不属于村级事务，请拨打 12345' });
    expect(back).toMatchObject({
      status: 'returned',
      reason: '不属于村级事务，请拨打 12345',
      stageKind: null,
    });
    expect(await noticesOf(await userIdOf(villager), 'events.returned')).toBe(1);
    expect((await stagesOf(e.id))[0].outcome).toBe('returned');

    const f = await report({}, grid, 'E01');
    await act(village, f.id, 'escalate', { reason: '调解不成' });
    const down = await act(township, f.id, 'send_back', { reason: '请先组织调解委员会调解' });
    expect(down).toMatchObject({ status: 'village', level: 'village', stageKind: 'village' });
    expect((await stagesOf(f.id)).map((s) => [s.kind, s.outcome])).toEqual([
      ['accept', 'escalated'],
      ['township', 'returned'],
      ['village', null],
    ]);
  });

  it('sends the event back to the township when every department returns its dispatch', async () => {
    const e = await report({}, grid, 'E01');
    await act(village, e.id, 'escalate', { reason: '调解不成' });
    const sent = await act(township, e.id, 'dispatch', { departments: ['civil_affairs'] });
    const d = sent.dispatches[0];
    expect(await noticesOf(await userIdOf(department), 'events.dispatched')).toBeGreaterThanOrEqual(1);
    expect((await actOnDispatch(department, d.id, 'return', {}, 422)).fields[0].path).toBe('reason');
    const back = await actOnDispatch(department, d.id, 'return', { reason: '不属民政职责' });
    expect(back).toMatchObject({ status: 'township', level: 'township', stageKind: 'township' });
    expect(back.dispatches[0]).toMatchObject({ status: 'returned', reason: '不属民政职责' });
    expect((await stepsOf(e.id)).at(-1)).toMatchObject({ action: 'bounce', toState: 'township' });
  });

  it('reopens the handled dispatches when the township’s review fails, and closes on the next approval', async () => {
    const e = await report({}, grid, 'E01');
    await act(village, e.id, 'escalate', { reason: '调解不成' });
    const sent = await act(township, e.id, 'dispatch', {});
    expect(sent.dispatches.map((d: { department: string }) => d.department)).toEqual(['justice']);
    const justice = await departmentSession('justice');
    const d = sent.dispatches[0];
    await actOnDispatch(justice, d.id, 'acknowledge');
    await photo(justice, 'event_dispatch', d.id);
    await actOnDispatch(justice, d.id, 'handle', { result: '已调解' });
    expect((await act(township, e.id, 'reject', {}, 422)).fields[0].path).toBe('reason');
    const again = await act(township, e.id, 'reject', { reason: '双方未签调解协议' });
    expect(again).toMatchObject({ status: 'dispatched', level: 'department' });
    const [row] = await dispatchesOf(e.id);
    expect(row).toMatchObject({ status: 'acknowledged', reason: '双方未签调解协议', handledAt: null });
    const handles = (await stagesOf(e.id)).filter((s) => s.kind === 'handle');
    expect(handles.map((s) => s.outcome)).toEqual(['done', null]);
    await actOnDispatch(justice, d.id, 'handle', { result: '已签调解协议' });
    expect((await act(township, e.id, 'approve')).status).toBe('closed');
    expect((await stagesOf(e.id)).filter((s) => s.kind === 'review').map((s) => s.outcome)).toEqual([
      'returned',
      'done',
    ]);
  });
});

describe('departments', () => {
  it('cannot see or act on another department’s dispatch, nor see an event not dispatched to them', async () => {
    const e = await report({}, grid, 'E01');
    await act(village, e.id, 'escalate', { reason: '调解不成' });
    const sent = await act(township, e.id, 'dispatch', { departments: ['civil_affairs', 'health'] });
    const health = sent.dispatches.find((d: { department: string }) => d.department === 'health');
    await actOnDispatch(department, health.id, 'acknowledge', {}, 404);
    const seen = await (await department.get(`/api/events/${e.id}`)).json();
    expect(seen.dispatches.map((d: { department: string }) => d.department)).toEqual(['civil_affairs']);
    const water = await departmentSession('water');
    expect((await water.get(`/api/events/${e.id}`)).statusCode).toBe(404);
    await act(department, e.id, 'approve', {}, 409);
    expect((await dispatchesOf(e.id)).map((d) => d.status)).toEqual(['sent', 'sent']);
  });
});

describe('two accepts at once', () => {
  it('lets exactly one through', async () => {
    const e = await report();
    const results = await Promise.all([
      village.post(`/api/events/${e.id}/actions/accept`, {}),
      village.post(`/api/events/${e.id}/actions/accept`, {}),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await stepsOf(e.id)).filter((s) => s.action === 'accept')).toHaveLength(1);
    expect((await stagesOf(e.id)).filter((s) => s.kind === 'village')).toHaveLength(1);
    expect((await eventRow(e.id)).status).toBe('village');
  });
});
