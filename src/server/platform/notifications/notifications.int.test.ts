import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { ok } from '../../../testing/ok';
import { notify } from './notify';

// 消息通知, the read side: a user sees and marks only their own notices; the unread count follows.

let h: TestHarness;
let village: Session;
let township: Session;
let villageCode: string;

beforeAll(async () => {
  h = await createHarness();
  const regions = await testRegions(h.services.database.db);
  villageCode = regions.ownVillage.code;
  village = await sessionAs(h.app, h.services, 'village', villageCode);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
});
afterAll(() => h.close());

const tell = (title: string) =>
  notify(
    h.services.database.db,
    { kind: 'event.dispatch', title, link: '/events/1', regionCode: villageCode },
    { roles: ['village'] },
  );

describe('notifications', () => {
  it('lists the caller’s own notices newest first with the unread count, and marks them read', async () => {
    expect(await tell('第一条')).toBe(1);
    await tell('第二条');
    const page = await ok(village.get('/api/notifications'));
    expect(page).toMatchObject({ total: 2, unread: 2 });
    expect(page.items.map((n: { title: string }) => n.title)).toEqual(['第二条', '第一条']);
    expect(page.items[0]).toMatchObject({ link: '/events/1', readAt: null });
    // The township was not told: it sees nothing, and cannot mark the village's notice.
    expect((await ok(township.get('/api/notifications'))).total).toBe(0);
    const theirs = page.items[0].id;
    expect((await township.post(`/api/notifications/${theirs}/read`, {})).statusCode).toBe(404);
    const read = await ok(village.post(`/api/notifications/${theirs}/read`, {}));
    expect(read.readAt).not.toBeNull();
    const after = await ok(village.get('/api/notifications?unread=true'));
    expect(after).toMatchObject({ total: 1, unread: 1 });
    expect(await ok(village.post('/api/notifications/read-all', {}))).toEqual({ marked: 1 });
    expect((await ok(village.get('/api/notifications'))).unread).toBe(0);
  });
});
