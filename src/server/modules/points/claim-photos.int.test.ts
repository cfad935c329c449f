import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { ok } from '../../../testing/ok';
import { insertHousehold } from '../../../testing/people';
import { hasGpsIfd, testPhoto, uploadEvidence } from '../../../testing/photos';
import { attachments } from '../../platform/attachments/tables';
import { auditLog } from '../../platform/audit/tables';

// 照片证据 (issue 6 item 2), now platform attachments of kind points_claim (issue 10): photos go
// with a claim, upright, without GPS, resized for phones, and only people whose scope covers the
// claim see them; a rule that asks for a photo lets the claim be sent only with one.

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let village: Session;
let grid: Session;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  village = await sessionAs(h.app, h.services, 'village', regions.ownVillage.code);
  grid = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
});
afterAll(() => h.close());

let ruleSeq = 0;
/** A pending claim by the grid worker under a new village rule. */
const pendingClaim = async (evidenceRequired = false, draft = evidenceRequired) => {
  const home = await insertHousehold(h.services, { regionCode: regions.ownVillage.code });
  const rule = await ok(
    village.post('/api/points/rules', {
      regionCode: regions.ownVillage.code,
      system: 'civil',
      code: `照${++ruleSeq}`,
      name: `照片规则${ruleSeq}`,
      points: 5,
      evidenceRequired,
      proposerRoles: ['grid_worker'],
      approverRoles: ['village'],
    }),
    201,
  );
  return ok(
    grid.post('/api/points/claims', {
      system: 'civil',
      holderId: home.id,
      ruleId: rule.id,
      occurredOn: today,
      draft,
    }),
    201,
  );
};

const fileUrl = (id: string, thumb = false) => `/api/attachment-files/${id}${thumb ? '?size=thumb' : ''}`;

const jpeg = (bytes: Buffer, name = 'IMG_0001.jpg') => ({ name, type: 'image/jpeg', bytes });

describe('evidence photos', () => {
  it('stores a phone photo upright, resized to 1600 px, with no GPS or other EXIF left, plus a 320 px thumbnail', async () => {
    const claim = await pendingClaim();
    // Stored sideways (3200×1600) with orientation 6: the picture is 1600 wide and 3200 tall.
    const original = await testPhoto({ width: 3200, height: 1600, orientation: 6, gps: true });
    const before = await sharp(original).metadata();
    expect(before.orientation).toBe(6);
    expect(hasGpsIfd(before.exif)).toBe(true);

    const list = await ok(uploadEvidence(grid, claim.id, [jpeg(original)]), 201);
    expect(list.items).toMatchObject([
      { recordKind: 'points_claim', recordId: claim.id, category: 'image', width: 800, height: 1600 },
    ]);
    expect(list.slotsLeft).toBe(5);
    const view = await ok(grid.get(`/api/points/claims/${claim.id}`));
    expect(view.evidence.map((e: { id: string }) => e.id)).toEqual([list.items[0].id]);

    const full = await grid.get(fileUrl(list.items[0].id));
    expect(full.statusCode).toBe(200);
    expect(full.headers['content-type']).toBe('image/jpeg');
    expect(full.headers['cache-control']).toMatch(/^private\b/);
    const stored = await sharp(full.rawPayload).metadata();
    expect(stored).toMatchObject({ format: 'jpeg', width: 800, height: 1600 });
    expect(stored.exif).toBeUndefined();
    expect(stored.orientation).toBeUndefined();
    expect(full.rawPayload.includes('ZX-PHOTOGRAPHER')).toBe(false);
    // Turned clockwise: the left (red) half of the sensor is now on top.
    const { data } = await sharp(full.rawPayload).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * 800 + x) * 3, (y * 800 + x) * 3 + 3)];
    expect(pixel(400, 200)[0]).toBeGreaterThan(200);
    expect(pixel(400, 1400)[2]).toBeGreaterThan(200);

    const thumb = await grid.get(fileUrl(list.items[0].id, true));
    expect(thumb.statusCode).toBe(200);
    const small = await sharp(thumb.rawPayload).metadata();
    expect(Math.max(small.width ?? 0, small.height ?? 0)).toBeLessThanOrEqual(320);
    expect(small).toMatchObject({ width: 160, height: 320 });
    expect(small.exif).toBeUndefined();

    const [audit] = await h.services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'attachment.add'), eq(auditLog.entityId, claim.id)));
    expect(audit).toBeDefined();
  });

  it('takes PNG and WebP and several photos in one request, never enlarging a small one', async () => {
    const claim = await pendingClaim();
    const view = await ok(
      uploadEvidence(grid, claim.id, [
        {
          name: 'a.png',
          type: 'image/png',
          bytes: await testPhoto({ format: 'png', width: 120, height: 80 }),
        },
        { name: 'b.webp', type: 'image/webp', bytes: await testPhoto({ format: 'webp' }) },
      ]),
      201,
    );
    expect(view.items.map((e: { width: number }) => e.width).sort()).toEqual([120, 64]);
  });

  it('refuses a text file with a Chinese message naming the field, and stores nothing', async () => {
    const claim = await pendingClaim();
    const res = await uploadEvidence(grid, claim.id, [
      { field: 'photos', name: 'notes.txt', type: 'image/jpeg', bytes: Buffer.from('这不是照片') },
    ]);
    expect(res.statusCode).toBe(422);
    expect(res.json().fields).toEqual([
      { path: 'photos', message: '“notes.txt”的内容不是可接受的文件：请上传JPG、PNG、WebP 照片' },
    ]);
    const rows = await h.services.database.db
      .select()
      .from(attachments)
      .where(eq(attachments.recordId, claim.id));
    expect(rows).toEqual([]);
  });

  it('refuses a photo over 10 MB with 413 naming the field', async () => {
    const claim = await pendingClaim();
    const big = Buffer.concat([await testPhoto(), Buffer.alloc(10 * 1024 * 1024)]);
    const res = await uploadEvidence(grid, claim.id, [{ ...jpeg(big, 'big.jpg'), field: 'photo' }]);
    expect(res.statusCode).toBe(413);
    expect(res.json().fields[0]).toEqual({
      path: 'photo',
      message: '照片“big.jpg”超过 10 MB 上限，请压缩后再传',
    });
  });

  it('keeps at most 6 photos per claim', async () => {
    const claim = await pendingClaim();
    const photo = jpeg(await testPhoto());
    await ok(uploadEvidence(grid, claim.id, [photo, photo, photo, photo]), 201);
    const res = await uploadEvidence(grid, claim.id, [photo, photo, photo]);
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toBe('照片过多：本次最多还能上传 2 张');
    await ok(uploadEvidence(grid, claim.id, [photo, photo]), 201);
    const full = await uploadEvidence(grid, claim.id, [photo]);
    expect(full.json().message).toBe('每条申报最多 6 张照片，已满');
  });

  it('shows a photo only within scope: another township gets 404', async () => {
    const claim = await pendingClaim();
    const view = await ok(uploadEvidence(grid, claim.id, [jpeg(await testPhoto())]), 201);
    const outsider = await sessionAs(h.app, h.services, 'township', regions.otherTownship.code);
    for (const url of [
      fileUrl(view.items[0].id),
      fileUrl(view.items[0].id, true),
      `/api/attachments/points_claim/${claim.id}`,
    ]) {
      const res = await outsider.get(url);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/json/);
    }
    expect((await uploadEvidence(outsider, claim.id, [jpeg(await testPhoto())])).statusCode).toBe(404);
    expect((await outsider.request('DELETE', fileUrl(view.items[0].id))).statusCode).toBe(404);
    const township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
    expect((await township.get(fileUrl(view.items[0].id))).statusCode).toBe(200);
  });

  it('sends a claim whose rule asks for a photo only with one: kept unsent, photo added, then sent and approved', async () => {
    const draft = await pendingClaim(true);
    const noPhoto = await grid.post('/api/points/claims', {
      system: 'civil',
      holderId: (await insertHousehold(h.services, { regionCode: regions.ownVillage.code })).id,
      ruleId: draft.ruleId,
      occurredOn: today,
    });
    expect(noPhoto.statusCode).toBe(409);
    expect(noPhoto.json().message).toBe('此项积分须附照片：请先拍照上传，再提交申报');
    expect(draft.status).toBe('draft');
    expect(draft.actions).toEqual([
      expect.objectContaining({ action: 'submit', needs: ['evidence'], missing: 'evidence' }),
      expect.objectContaining({ action: 'withdraw', missing: null }),
    ]);
    const early = await grid.post(`/api/points/claims/${draft.id}/submit`);
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('须先上传照片或附件，才能提交');
    const queue = await ok(village.get('/api/points/claims?status=pending&pageSize=100'));
    expect(queue.items.map((c: { id: string }) => c.id)).not.toContain(draft.id);
    await ok(uploadEvidence(grid, draft.id, [jpeg(await testPhoto())]), 201);
    const sent = await ok(grid.post(`/api/points/claims/${draft.id}/submit`));
    expect(sent.status).toBe('pending');
    const approved = await ok(village.post(`/api/points/claims/${draft.id}/approve`));
    expect(approved.status).toBe('approved');
    const late = await uploadEvidence(grid, draft.id, [jpeg(await testPhoto())]);
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('只能为尚未审核的申报上传照片');
  });

  it('lets the proposer remove a photo while the claim waits, nobody after it is decided', async () => {
    const claim = await pendingClaim();
    const list = await ok(
      uploadEvidence(grid, claim.id, [jpeg(await testPhoto()), jpeg(await testPhoto())]),
      201,
    );
    const other = await sessionAs(h.app, h.services, 'grid_worker', regions.ownVillage.code);
    expect((await other.request('DELETE', fileUrl(list.items[0].id))).statusCode).toBe(403);
    const left = await ok(grid.request('DELETE', fileUrl(list.items[0].id)));
    expect(left.items.map((a: { id: string }) => a.id)).toEqual([list.items[1].id]);
    expect((await grid.get(fileUrl(list.items[0].id))).statusCode).toBe(404);
    const [audit] = await h.services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'attachment.remove'), eq(auditLog.entityId, claim.id)));
    expect(audit.diff).toMatchObject({ before: { id: list.items[0].id } });
    await ok(village.post(`/api/points/claims/${claim.id}/approve`));
    const after = await grid.request('DELETE', fileUrl(list.items[1].id));
    expect(after.statusCode).toBe(409);
  });
});
