import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DISPATCH_ACTIONS, EVENT_ACTIONS } from '../../../contracts/api/events';
import { workflowHistory } from '../../platform/workflow/tables';
import { dispatchWorkflow } from './dispatch-workflow';
import { eventWorkflow } from './event-workflow';
import {
  department,
  grid,
  h,
  regions,
  report,
  sessionOf,
  township,
  village,
  villager,
  withEventsHarness,
} from './events-test-kit';
import { act, actOnDispatch, dispatchesOf, eventRow, photo, stepsOf } from './flow-test-kit';
import { type EventStatus, eventFollowers } from './tables';

// Every step a state does not allow is refused with 409 and changes nothing (table-driven over
// every status); duplicates are merged by staff into an open event of the same county.

withEventsHarness();

/** An event brought through the API into the status. */
const eventIn = async (status: EventStatus): Promise<string> => {
  if (status === 'draft') return (await report({ draft: true }, villager)).id;
  const e = await report({}, villager, 'E01');
  const steps: Record<EventStatus, (() => Promise<unknown>)[]> = {
    draft: [],
    reported: [],
    village: [() => act(village, e.id, 'accept')],
    township: [() => act(village, e.id, 'escalate', { reason: '调解不成' })],
    dispatched: [
      () => act(village, e.id, 'escalate', { reason: '调解不成' }),
      () => act(township, e.id, 'dispatch', { departments: ['civil_affairs'] }),
    ],
    reviewing: [],
    closed: [() => act(village, e.id, 'accept'), () => act(village, e.id, 'resolve', { result: '已调解' })],
    rated: [
      () => act(village, e.id, 'accept'),
      () => act(village, e.id, 'resolve', { result: '已调解' }),
      () => act(villager, e.id, 'rate', { rating: 5 }),
    ],
    returned: [() => act(village, e.id, 'return', { reason: '重复上报' })],
    merged: [async () => act(village, e.id, 'merge', { targetId: (await report({}, grid, 'E01')).id })],
    withdrawn: [() => act(villager, e.id, 'withdraw')],
  };
  if (status === 'reviewing') {
    const sent = await eventIn('dispatched');
    const d = (await (await department.get(`/api/events/${sent}`)).json()).dispatches[0];
    await actOnDispatch(department, d.id, 'acknowledge');
    await photo(department, 'event_dispatch', d.id);
    await actOnDispatch(department, d.id, 'handle', { result: '已办理' });
    return sent;
  }
  for (const step of steps[status]) await step();
  return e.id;
};

const snapshot = async (id: string) => {
  const row = await eventRow(id);
  const [{ steps }] = await h.services.database.db
    .select({ steps: count() })
    .from(workflowHistory)
    .where(eq(workflowHistory.recordId, id));
  return { row, steps };
};

const everything = {
  reason: '测试理由',
  rating: 3,
  result: '测试结果',
  departments: ['health'],
  targetId: '00000000-0000-4000-8000-000000000000',
};

const STATUSES = Object.keys(eventWorkflow.states) as EventStatus[];

describe('steps a state does not allow', () => {
  it.each(STATUSES)('are refused with 409 for an event %s, and nothing changes', async (status) => {
    const id = await eventIn(status);
    expect((await eventRow(id)).status).toBe(status);
    const before = await snapshot(id);
    const refused = EVENT_ACTIONS.filter(
      (a) => !(eventWorkflow.transitions[a].from as readonly string[]).includes(status),
    );
    for (const action of refused) {
      // The township sees every event of its villages but unsent drafts; the reporter its own.
      for (const who of status === 'draft' ? [villager] : [township, villager]) {
        const r = await act(who, id, action, everything, 409);
        expect(r.message).toMatch(/^该事件当前为「.+」，不能/);
      }
    }
    expect(await snapshot(id)).toEqual(before);
  });
});

describe('steps a dispatch’s state does not allow', () => {
  it.each(['sent', 'acknowledged', 'handled', 'returned'])(
    'are refused with 409 for a dispatch %s, and nothing changes',
    async (status) => {
      const eventId = await eventIn('dispatched');
      const [d] = await dispatchesOf(eventId);
      if (status !== 'sent' && status !== 'returned') {
        await actOnDispatch(department, d.id, 'acknowledge');
        await photo(department, 'event_dispatch', d.id);
      }
      if (status === 'handled') await actOnDispatch(department, d.id, 'handle', { result: '已办理' });
      if (status === 'returned') await actOnDispatch(department, d.id, 'return', { reason: '派错了' });
      const [before] = await dispatchesOf(eventId);
      expect(before.status).toBe(status);
      const event = await snapshot(eventId);
      const refused = DISPATCH_ACTIONS.filter(
        (a) => !(dispatchWorkflow.transitions[a].from as readonly string[]).includes(status),
      );
      for (const action of refused) {
        const r = await actOnDispatch(department, d.id, action, everything, 409);
        expect(r.message).toMatch(/^该派单当前为「.+」，不能/);
      }
      expect(await dispatchesOf(eventId)).toEqual([before]);
      expect(await snapshot(eventId)).toEqual(event);
    },
  );
});

describe('merging duplicates', () => {
  it('merges a duplicate into an open event; its reporter and followers follow the survivor; both keep a step', async () => {
    const survivor = await report({}, grid, 'E01');
    const duplicate = await report({}, villager, 'E01');
    const follower = await sessionOf('villager', regions.ownVillage.code);
    const followerId = (await (await follower.get('/api/auth/me')).json()).id;
    await h.services.database.db
      .insert(eventFollowers)
      .values({ eventId: duplicate.id, userId: followerId, regionCode: duplicate.regionCode });
    expect((await act(village, duplicate.id, 'merge', {}, 422)).fields[0].path).toBe('targetId');
    expect((await act(village, duplicate.id, 'merge', { targetId: duplicate.id }, 422)).fields[0].path).toBe(
      'targetId',
    );
    await act(villager, duplicate.id, 'merge', { targetId: survivor.id }, 403);
    const merged = await act(village, duplicate.id, 'merge', { targetId: survivor.id });
    expect(merged).toMatchObject({
      status: 'merged',
      mergedInto: survivor.id,
      mergedNumber: survivor.number,
    });
    for (const who of [villager, follower])
      expect((await who.get(`/api/events/${survivor.id}`)).statusCode).toBe(200);
    const onSurvivor = (await stepsOf(survivor.id)).at(-1)!;
    expect(onSurvivor).toMatchObject({ action: 'merge', toState: 'reported' });
    expect(onSurvivor.data).toMatchObject({ mergedFrom: duplicate.id, followers: 2 });
    expect((await stepsOf(duplicate.id)).at(-1)).toMatchObject({ action: 'merge', toState: 'merged' });
    const again = await report({}, villager, 'E01');
    const closed = await report({}, villager, 'E01');
    await act(village, closed.id, 'return', { reason: '重复' });
    expect((await act(village, again.id, 'merge', { targetId: closed.id }, 422)).message).toContain(
      '已办结或已关闭',
    );
  });

  it('refuses a survivor outside the caller’s scope', async () => {
    const other = await sessionOf('township', regions.otherTownship.code);
    const theirs = await report(
      { regionCode: regions.otherVillage.code, description: '别处的事件内容' },
      other,
      'E01',
    );
    const ours = await report({}, grid, 'E01');
    const r = await act(village, ours.id, 'merge', { targetId: theirs.id }, 422);
    expect(r.fields[0]).toMatchObject({ path: 'targetId' });
    expect((await eventRow(ours.id)).status).toBe('reported');
  });
});
