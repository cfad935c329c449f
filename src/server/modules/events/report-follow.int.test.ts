import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../testing/ok';
import { testPhoto, uploadAttachments } from '../../../testing/photos';
import { auditLog } from '../../platform/audit/tables';
import {
  category,
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
import { eventFollowers } from './tables';

// 上报与跟进: the report page's context, "is it one of these?" (same category, grid else village,
// no reporter's name), 跟进 instead of a duplicate (audited, once), and 我的上报.

withEventsHarness();

const similar = async (code: string, as = villager, extra = '') =>
  ok(as.get(`/api/events/similar?categoryId=${(await category(code)).id}${extra}`));

describe('the report page context', () => {
  it('lists the county’s active categories with required fields and the urgent flag, and the village the report goes to', async () => {
    const ctx = await ok(villager.get('/api/events/report-context'));
    expect(ctx.categories.map((c: { code: string }) => c.code)).toContain('E14');
    const e03 = ctx.categories.find((c: { code: string }) => c.code === 'E03');
    expect(e03.requiredFields).toEqual(['photo']);
    const e15 = ctx.categories.find((c: { code: string }) => c.code === 'E15');
    expect(e15.urgent).toBe(true);
    expect(ctx.place).toMatchObject({
      regionCode: regions.ownVillage.code,
      regionName: regions.ownVillage.name,
    });
  });

  it('has no place for a township account (its report must name a village)', async () => {
    const ctx = await ok(township.get('/api/events/report-context'));
    expect(ctx.place).toBeNull();
    expect(ctx.categories.length).toBeGreaterThan(0);
  });
});

describe('similar open reports', () => {
  it('shows open reports of the same category in the village with their followers, never the reporter, and leaves drafts and other categories out', async () => {
    const open = await report({ title: '水渠堵了' }, grid, 'E09');
    await report({ draft: true, title: '草稿不显示' }, grid, 'E09');
    await report({ title: '别的类别' }, grid, 'E14');
    const list = await similar('E09');
    expect(list.within).toBe('village');
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([open.id]);
    expect(list.items[0]).toMatchObject({
      title: '水渠堵了',
      status: 'reported',
      followers: 0,
      following: false,
      mine: false,
    });
    expect(JSON.stringify(list)).not.toContain(open.reporterName);
    expect(Object.keys(list.items[0])).not.toContain('reporterName');
  });

  it('looks in the grid first and in the whole village when the grid has none', async () => {
    const grid1 = await ok(
      village.post('/api/grids', { tier: 'big', regionCode: regions.ownVillage.code, name: '本村大网格' }),
      201,
    );
    const grid2 = await ok(
      village.post('/api/grids', { tier: 'middle', parentId: grid1.id, name: '第二网格' }),
      201,
    );
    const inGrid = await report({ gridId: grid1.id, title: '网格里的事' }, village, 'E13');
    const elsewhere = await report({ title: '村里别处的事' }, village, 'E13');
    const first = await similar('E13', villager, `&gridId=${grid1.id}`);
    expect(first.within).toBe('grid');
    expect(first.items.map((i: { id: string }) => i.id)).toEqual([inGrid.id]);
    const second = await similar('E13', villager, `&gridId=${grid2.id}`);
    expect(second.within).toBe('village');
    expect(second.items.map((i: { id: string }) => i.id)).toEqual([elsewhere.id, inGrid.id]);
  });

  it('refuses a village outside the caller’s scope with a field error', async () => {
    const r = await h.app.inject({
      method: 'GET',
      url: `/api/events/similar?categoryId=${(await category('E09')).id}&regionCode=${regions.otherVillage.code}`,
      headers: { cookie: villager.cookie },
    });
    expect(r.statusCode).toBe(422);
    expect(r.json().fields[0].path).toBe('regionCode');
  });
});

describe('following a report (跟进)', () => {
  it('counts a villager once however often they follow, audits it, and lets them leave', async () => {
    const e = await report({ title: '路灯坏了' }, grid, 'E10');
    const first = await ok(villager.post(`/api/events/${e.id}/follow`));
    expect(first).toEqual({ eventId: e.id, following: true, followers: 1 });
    expect((await ok(villager.post(`/api/events/${e.id}/follow`))).followers).toBe(1);
    const audits = await h.services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, e.id), eq(auditLog.action, 'events.event.follow')));
    expect(audits).toHaveLength(1);
    const list = await similar('E10');
    expect(list.items[0]).toMatchObject({ id: e.id, followers: 1, following: true });
    const left = await ok(villager.request('DELETE', `/api/events/${e.id}/follow`));
    expect(left).toEqual({ eventId: e.id, following: false, followers: 0 });
    const rows = await h.services.database.db
      .select()
      .from(eventFollowers)
      .where(eq(eventFollowers.eventId, e.id));
    expect(rows).toHaveLength(0);
  });

  it('refuses following one’s own report, a draft, and an event outside the scope', async () => {
    const own = await report({}, villager, 'E10');
    expect((await ok(villager.post(`/api/events/${own.id}/follow`), 409)).message).toContain('自己');
    const draft = await report({ draft: true }, grid, 'E03');
    expect((await ok(villager.post(`/api/events/${draft.id}/follow`), 409)).message).toContain('尚未提交');
    const elsewhere = await sessionOf('village', regions.otherVillage.code);
    const far = await report({}, elsewhere, 'E10');
    await ok(villager.post(`/api/events/${far.id}/follow`), 404);
  });
});

describe('my reports (我的上报)', () => {
  it('pages my own and followed reports with status and photo count, filtered by relation, without other reporters’ names', async () => {
    const me = await sessionOf('villager', regions.ownVillage.code);
    const mine = await report({ title: '我家门口积水' }, me, 'E11');
    await ok(
      uploadAttachments(me, 'event', mine.id, [
        { name: 'a.jpg', type: 'image/jpeg', bytes: await testPhoto() },
      ]),
      201,
    );
    const theirs = await report({ title: '桥栏杆松了' }, village, 'E11');
    await ok(me.post(`/api/events/${theirs.id}/follow`));
    await report({ title: '与我无关' }, grid, 'E11');
    const all = await ok(me.get('/api/events/mine?pageSize=10'));
    expect(all.total).toBe(2);
    expect(all.items.map((i: { title: string; relation: string }) => [i.title, i.relation])).toEqual([
      ['桥栏杆松了', 'followed'],
      ['我家门口积水', 'reported'],
    ]);
    expect(all.items[1]).toMatchObject({ status: 'reported', statusLabel: '待受理', photoCount: 1 });
    expect(JSON.stringify(all)).not.toContain(theirs.reporterName);
    const followed = await ok(me.get('/api/events/mine?relation=followed'));
    expect(followed.items.map((i: { id: string }) => i.id)).toEqual([theirs.id]);
    const page2 = await ok(me.get('/api/events/mine?pageSize=1&page=2'));
    expect(page2).toMatchObject({ total: 2, page: 2 });
    expect(page2.items[0].id).toBe(mine.id);
  });

  it('keeps a villager’s photos from another villager of the village, and shows them to the village', async () => {
    const other = await sessionOf('villager', regions.ownVillage.code);
    const e = await report({}, other, 'E12');
    await ok(
      uploadAttachments(other, 'event', e.id, [
        { name: 'b.jpg', type: 'image/jpeg', bytes: await testPhoto() },
      ]),
      201,
    );
    await ok(villager.get(`/api/attachments/event/${e.id}`), 404);
    expect((await ok(village.get(`/api/attachments/event/${e.id}`))).items).toHaveLength(1);
  });
});
