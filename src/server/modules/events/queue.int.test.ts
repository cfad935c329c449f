import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../testing/factories';
import { ok } from '../../../testing/ok';
import { testPhoto, uploadAttachments } from '../../../testing/photos';
import { newId } from '../../platform/auth/session';
import {
  county,
  department,
  departmentSession,
  h,
  regions,
  report,
  township,
  village,
  withEventsHarness,
} from './events-test-kit';
import { eventDispatches, events } from './tables';

// 事件办理's lists: each level's 待办, overdue and due-soon, the filters and the scope — a township
// never sees another township's events, a department only the events dispatched to it.

withEventsHarness();

const db = () => h.services.database.db;
const HOUR = 3600_000;
type Status = typeof events.$inferSelect.status;

const setEvent = (id: string, patch: Partial<typeof events.$inferInsert>) =>
  db().update(events).set(patch).where(eq(events.id, id));

const dispatchTo = async (
  eventId: string,
  regionCode: string,
  dept: 'civil_affairs' | 'water',
  status: 'sent' | 'handled',
) => {
  const id = newId();
  await db().insert(eventDispatches).values({ id, eventId, regionCode, department: dept, status });
  return id;
};

const ids = async (s: Session, query: string) =>
  ((await ok(s.get(`/api/events?${query}`))).items as { id: string }[]).map((e) => e.id);

let reported: string;
let inVillage: string;
let atTownship: string;
let reviewing: string;
let atCounty: string;
let dispatched: string;
let other: string;

beforeAll(async () => {
  const make = async (status: Status, level: 'village' | 'township' | 'county', title: string) => {
    const e = await report({ title });
    await setEvent(e.id, { status, level });
    return e.id as string;
  };
  reported = (await report({ title: '村口路灯坏了' })).id;
  inVillage = await make('village', 'village', '垃圾清运');
  atTownship = await make('township', 'township', '道路塌方');
  reviewing = await make('reviewing', 'township', '河道堵塞');
  atCounty = await make('township', 'county', '水库渗漏');
  dispatched = await make('dispatched', 'township', '低保咨询');
  await dispatchTo(dispatched, regions.ownVillage.code, 'civil_affairs', 'sent');
  other = (await report({ title: '别乡的事', regionCode: regions.otherVillage.code }, county)).id;
  await dispatchTo(other, regions.otherVillage.code, 'water', 'sent');
});

describe('event queues (GET /api/events)', () => {
  it('gives the village its reported and village events to do', async () => {
    const todo = await ids(village, 'view=todo&pageSize=100');
    expect(todo).toEqual(expect.arrayContaining([reported, inVillage]));
    expect(todo).not.toContain(atTownship);
    expect(todo).not.toContain(other);
  });

  it('gives the township its township and reviewing events, never another township’s', async () => {
    const todo = await ids(township, 'view=todo&pageSize=100');
    expect(todo).toEqual(expect.arrayContaining([atTownship, reviewing]));
    expect(todo).not.toContain(reported);
    const all = await ids(township, 'view=all&pageSize=100');
    expect(all).toContain(reported);
    expect(all).not.toContain(other);
  });

  it('gives the county the events escalated to its attention', async () => {
    const todo = await ids(county, 'view=todo&pageSize=100');
    expect(todo).toEqual([atCounty]);
  });

  it('shows a department only the events dispatched to it', async () => {
    expect(await ids(department, 'view=todo')).toEqual([dispatched]);
    expect(await ids(department, 'view=all')).toEqual([dispatched]);
    // Water has a dispatch in the other township of the county, none in another county.
    const water = await departmentSession('water');
    expect(await ids(water, 'view=all')).toEqual([other]);
    const waterElsewhere = await departmentSession('water', regions.otherCounty);
    expect(await ids(waterElsewhere, 'view=all')).toEqual([]);
  });

  it('lists overdue and due-soon events by the open stage’s deadline', async () => {
    const now = Date.now();
    await setEvent(inVillage, { stageDueAt: new Date(now - HOUR) });
    await setEvent(atTownship, { stageDueAt: new Date(now + 2 * HOUR) });
    await setEvent(reviewing, { stageDueAt: new Date(now + 72 * HOUR) });
    expect(await ids(township, 'view=overdue&pageSize=100')).toContain(inVillage);
    const soon = await ids(township, 'view=due-soon&pageSize=100');
    expect(soon).toContain(atTownship);
    expect(soon).not.toContain(reviewing);
    expect(soon).not.toContain(inVillage);
    const page = await ok(township.get(`/api/events?view=overdue&pageSize=100`));
    expect(page.items.find((e: { id: string }) => e.id === inVillage).overdue).toBe(true);
  });

  it('filters by status, category, region, source, title and number, and pages and sorts', async () => {
    expect(await ids(township, 'status=reviewing')).toEqual([reviewing]);
    expect(await ids(township, 'q=塌方')).toEqual([atTownship]);
    const e = await ok(village.get(`/api/events?q=${encodeURIComponent('路灯')}`));
    expect(e.items.map((x: { id: string }) => x.id)).toEqual([reported]);
    expect(await ids(township, `q=${e.items[0].number}`)).toEqual([reported]);
    expect(await ids(county, `region=${regions.otherTownship.code}`)).toEqual([other]);
    expect(await ids(township, 'source=villager')).toEqual([]);
    expect(await ids(township, 'category=E99')).toEqual([]);
    const page = await ok(township.get('/api/events?pageSize=2&page=2&sort=reported-asc'));
    expect(page).toMatchObject({ total: 6, page: 2, pageSize: 2 });
    expect(page.items.map((x: { id: string }) => x.id)).toEqual([atTownship, reviewing]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await ok(township.get(`/api/events?reportedFrom=2000-01-01&reportedTo=2000-01-02`))).total).toBe(
      0,
    );
    expect((await ok(township.get(`/api/events?reportedFrom=${today}`))).total).toBeGreaterThan(0);
  });

  it('refuses a malformed filter with a message naming it, not a 500', async () => {
    const r = await township.get('/api/events?reportedFrom=yesterday');
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('日期格式');
  });

  it('exports the list as an Excel sheet', async () => {
    const r = await township.get('/api/events/export?view=todo');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
  });
});

describe('department queue (GET /api/events/dispatches)', () => {
  it('lists its own department’s dispatches in its county, with the event', async () => {
    const page = await ok(department.get('/api/events/dispatches?view=todo'));
    expect(page.total).toBe(1);
    expect(page.items[0].dispatch).toMatchObject({ department: 'civil_affairs', status: 'sent' });
    expect(page.items[0].event.id).toBe(dispatched);
    expect((await ok(department.get('/api/events/dispatches?view=done'))).total).toBe(0);
    const water = await ok((await departmentSession('water')).get('/api/events/dispatches'));
    expect(water.items.map((i: { event: { id: string } }) => i.event.id)).toEqual([other]);
    const elsewhere = await departmentSession('water', regions.otherCounty);
    expect((await ok(elsewhere.get('/api/events/dispatches'))).total).toBe(0);
  });
});

// Last: it adds an event of its own, which the counts above do not expect.
describe('event lists and pages', () => {
  it('shows in a list the same category, village and photo count as the event’s own page', async () => {
    const e = await report({ title: `列表照片${Date.now() % 100_000}` }, village);
    await ok(
      uploadAttachments(village, 'event', e.id, [
        { name: 'scene.jpg', type: 'image/jpeg', bytes: await testPhoto() },
      ]),
      201,
    );
    const page = await ok(village.get(`/api/events?view=all&pageSize=5&q=${encodeURIComponent(e.title)}`));
    const detail = await ok(village.get(`/api/events/${e.id}`));
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ categoryName: '咨询、建议', photoCount: 1 });
    expect(page.items[0].regionName).toBe(regions.ownVillage.name);
    for (const key of ['number', 'categoryName', 'regionName', 'photoCount', 'status', 'overdue'])
      expect(page.items[0][key], key).toEqual(detail[key]);
  });
});
