import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../testing/ok';
import { newId } from '../../platform/auth/session';
import {
  department,
  departmentSession,
  h,
  household,
  regions,
  report,
  township,
  village,
  villager,
  withEventsHarness,
} from './events-test-kit';
import { eventDispatches, events } from './tables';

// 工作台 items of grid events (待受理事件, 待报到派单, 待办理派单, 24 小时内到期), the staff shortcuts,
// and 一户一档's events slot.

withEventsHarness();

const db = () => h.services.database.db;
const HOUR = 3600_000;
type Pending = {
  key: string;
  count: number;
  path: string;
  entries?: { id: string; title: string; path: string }[];
};
const pendingOf = async (s: typeof village) =>
  (await ok(s.get('/api/home'))) as {
    pending: Pending[];
    shortcuts: { key: string; path: string }[];
  };
const item = (home: { pending: Pending[] }, key: string) => home.pending.find((p) => p.key === key);

describe('home page items of grid events', () => {
  it('gives the village its events to accept and those due within 24 hours, with entries', async () => {
    const e = await report({ title: '井盖丢失' });
    await db()
      .update(events)
      .set({ stageDueAt: new Date(Date.now() + 2 * HOUR) })
      .where(eq(events.id, e.id));
    const home = await pendingOf(village);
    expect(item(home, 'events.todo')).toMatchObject({ count: 1, path: '/events' });
    expect(item(home, 'events.todo')?.entries?.[0]).toMatchObject({ id: e.id, path: `/events/${e.id}` });
    expect(item(home, 'events.todo')?.entries?.[0].title).toContain('井盖丢失');
    expect(item(home, 'events.due-soon')?.count).toBe(1);
    // The township has nothing to accept: the village owns it.
    expect(item(await pendingOf(township), 'events.todo')?.count).toBe(0);
    expect(home.shortcuts.map((s) => s.path)).toContain('/events');
  });

  it('gives a department its dispatches to acknowledge and to handle, and 部门报到 first', async () => {
    const before = await pendingOf(department);
    expect(before.shortcuts[0]).toMatchObject({ key: 'events.duty', path: '/events-duty' });
    expect(item(before, 'events.acknowledge')?.count).toBe(0);
    const a = await report({ title: '低保咨询' });
    const b = await report({ title: '临时救助' });
    for (const [e, status] of [
      [a, 'sent'],
      [b, 'acknowledged'],
    ] as const) {
      await db().update(events).set({ status: 'dispatched', level: 'township' }).where(eq(events.id, e.id));
      await db()
        .insert(eventDispatches)
        .values({
          id: newId(),
          eventId: e.id,
          regionCode: regions.ownVillage.code,
          department: 'civil_affairs',
          status,
          ackDueAt: new Date(Date.now() + 3 * HOUR),
          handleDueAt: status === 'acknowledged' ? new Date(Date.now() + 48 * HOUR) : null,
        });
    }
    const home = await pendingOf(department);
    expect(item(home, 'events.acknowledge')).toMatchObject({ count: 1, path: '/events-duty' });
    expect(item(home, 'events.acknowledge')?.entries?.[0].title).toContain('低保咨询');
    expect(item(home, 'events.handle')?.count).toBe(1);
    expect(item(home, 'events.due-soon')?.count).toBe(1);
    // Another department has none of them.
    const water = await pendingOf(await departmentSession('water'));
    expect(item(water, 'events.acknowledge')?.count).toBe(0);
  });

  it('shows nothing from events to a villager', async () => {
    const home = await pendingOf(villager);
    expect(home.pending.filter((p) => p.key.startsWith('events.'))).toEqual([]);
  });
});

describe('一户一档 events slot', () => {
  it('lists the household’s events newest first with their status', async () => {
    const home = await household();
    const first = await report({ title: '房屋漏雨', householdId: home.id });
    const second = await report({ title: '院墙开裂', householdId: home.id });
    await report({ title: '别家的事' });
    const file = await ok(village.get(`/api/households/${home.id}/profile`));
    expect(file.events.total).toBe(2);
    expect(file.events.items.map((e: { id: string }) => e.id)).toEqual([second.id, first.id]);
    expect(file.events.items[0]).toMatchObject({
      title: '院墙开裂',
      status: 'reported',
      statusLabel: '待受理',
    });
  });
});
