import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { ok } from '../../../testing/ok';
import { insertHousehold } from '../../../testing/people';
import { testPhoto, uploadEvidence } from '../../../testing/photos';
import { sweepOrphanFiles } from './sweep';

// npm run files:sweep removes the files no attachment points to (an upload whose transaction was
// refused, a removed attachment) and keeps every file a row still names.

let h: TestHarness;
let village: Session;
let grid: Session;
let regions: Awaited<ReturnType<typeof testRegions>>;

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
  grid = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
});
afterAll(() => h.close());

describe('files:sweep', () => {
  it('removes files no attachment names, only past the grace period, and keeps the rest', async () => {
    const vc = regions.ownVillage.code;
    const rule = await ok(
      village.post('/api/points/rules', {
        regionCode: vc,
        system: 'civil',
        code: '清理',
        name: '清理测试',
        points: 1,
        proposerRoles: ['grid_worker'],
        approverRoles: ['village'],
      }),
      201,
    );
    const home = await insertHousehold(h.services, { regionCode: vc });
    const claim = await ok(
      grid.post('/api/points/claims', {
        system: 'civil',
        holderId: home.id,
        ruleId: rule.id,
        occurredOn: '2026-01-05',
      }),
      201,
    );
    const photo = { name: 'a.jpg', type: 'image/jpeg', bytes: await testPhoto() };
    const list = await ok(uploadEvidence(grid, claim.id, [photo, photo]), 201);
    await ok(grid.request('DELETE', `/api/attachment-files/${list.items[0].id}`));
    const store = h.services.files;
    await store.put('attachments/451022/points_claim/stray/never-linked.jpg', Buffer.from('x'), 'image/jpeg');
    const db = h.services.database.db;

    const fresh = await sweepOrphanFiles(db, store, { graceHours: 24 });
    expect(fresh.orphans).toEqual([]);

    const later = new Date(Date.now() + 48 * 3_600_000);
    const dry = await sweepOrphanFiles(db, store, { graceHours: 24, now: later, dryRun: true });
    expect(dry.orphans).toEqual(
      expect.arrayContaining([
        'attachments/451022/points_claim/stray/never-linked.jpg',
        expect.stringMatching(new RegExp(`${list.items[0].id}\\.jpg$`)),
        expect.stringMatching(new RegExp(`${list.items[0].id}-thumb\\.jpg$`)),
      ]),
    );
    expect(dry.orphans).toHaveLength(3);
    expect(dry.removed).toBe(0);

    const swept = await sweepOrphanFiles(db, store, { graceHours: 24, now: later });
    expect(swept.removed).toBe(3);
    expect(await store.get('attachments/451022/points_claim/stray/never-linked.jpg')).toBeNull();
    const kept = await grid.get(`/api/attachment-files/${list.items[1].id}?size=thumb`);
    expect(kept.statusCode).toBe(200);
    expect((await sweepOrphanFiles(db, store, { graceHours: 24, now: later })).orphans).toEqual([]);
  });
});
