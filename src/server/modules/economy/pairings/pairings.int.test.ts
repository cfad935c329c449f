import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import { testPhoto, uploadAttachments } from '../../../../testing/photos';
import {
  county,
  insertAccount,
  otherTownship,
  regions,
  sessionOf,
  township,
  village,
  villagesUnder,
  withEconomyHarness,
} from '../economy-test-kit';

// 强村带弱村 through the API: a pairing is seen from either village's side and changed by the weak
// village's; two other townships' villages stay hidden (404); the weak village's income before and
// after comes from its yearly accounts; activities carry photos; delete is undoable.

withEconomyHarness();

const del = (s: typeof county, url: string) => s.request('DELETE', url);

describe('strong-helps-weak pairings 强村带弱村', () => {
  it('lets a township pair its weak village with a strong one of another township, seen from both sides', async () => {
    const [weak] = await villagesUnder(regions.ownTownship.code);
    const [strong] = await villagesUnder(regions.otherTownship.code);
    const made = await ok(
      township.post('/api/economy/pairings', {
        regionCode: weak.code,
        strongCode: strong.code,
        startYear: 2024,
        agreement: '产业带动、订单帮销',
      }),
      201,
    );
    expect(made).toMatchObject({
      status: 'active',
      weakName: weak.name,
      strongName: strong.name,
      editable: true,
    });
    // The strong village's township sees it, may not change it.
    const seen = await ok(otherTownship.get(`/api/economy/pairings/${made.id}`));
    expect(seen).toMatchObject({ id: made.id, editable: false, activities: [] });
    const list = await ok(otherTownship.get('/api/economy/pairings'));
    expect(list.items.map((p: { id: string }) => p.id)).toContain(made.id);
    expect(
      (await otherTownship.patch(`/api/economy/pairings/${made.id}`, { agreement: '改' })).statusCode,
    ).toBe(403);
    // One active pairing per weak and strong village.
    const again = await township.post('/api/economy/pairings', {
      regionCode: weak.code,
      strongCode: strong.code,
      startYear: 2025,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('这两个村已有进行中的结对');
  });

  it('never shows a township a pairing of two other townships’ villages (404)', async () => {
    const [a, b] = await villagesUnder(regions.otherTownship.code);
    const theirs = await ok(
      county.post('/api/economy/pairings', { regionCode: a.code, strongCode: b.code, startYear: 2023 }),
      201,
    );
    expect((await township.get(`/api/economy/pairings/${theirs.id}`)).statusCode).toBe(404);
    expect((await township.get(`/api/economy/pairings/${theirs.id}/activities`)).statusCode).toBe(404);
    expect((await township.patch(`/api/economy/pairings/${theirs.id}`, { agreement: 'x' })).statusCode).toBe(
      404,
    );
    const mine = await ok(township.get('/api/economy/pairings?pageSize=200'));
    expect(mine.items.map((p: { id: string }) => p.id)).not.toContain(theirs.id);
    const found = await ok(county.get(`/api/economy/pairings?q=${encodeURIComponent(a.name)}`));
    expect(found.items.map((p: { id: string }) => p.id)).toContain(theirs.id);
  });

  it('refuses a weak village outside the scope, a village with itself and another county', async () => {
    const [own] = await villagesUnder(regions.ownTownship.code);
    const [other] = await villagesUnder(regions.otherTownship.code);
    const outside = await township.post('/api/economy/pairings', {
      regionCode: other.code,
      strongCode: own.code,
      startYear: 2024,
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().fields[0]).toMatchObject({
      path: 'regionCode',
      message: '受帮扶村不在您的管辖范围内',
    });
    const self = await county.post('/api/economy/pairings', {
      regionCode: own.code,
      strongCode: own.code,
      startYear: 2024,
    });
    expect(self.json().fields[0].message).toBe('不能与本村结对');
    const far = await county.post('/api/economy/pairings', {
      regionCode: own.code,
      strongCode: regions.otherCountyVillage.code,
      startYear: 2024,
    });
    expect(far.json().fields[0].message).toBe('结对的两村应在同一县内');
    expect(
      (
        await village.post('/api/economy/pairings', {
          regionCode: own.code,
          strongCode: other.code,
          startYear: 2024,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('shows the weak village’s income the year before the start and in its latest account', async () => {
    const [, weak, strong] = await villagesUnder(regions.ownTownship.code);
    await insertAccount(weak.code, 2022, [{ code: 'I1', amountFen: 2_000_000 }]);
    await insertAccount(weak.code, 2023, [
      { code: 'I1', amountFen: 3_000_000 },
      { code: 'I4', amountFen: 9_000_000 }, // 补助: not operating income
    ]);
    await insertAccount(weak.code, 2024, [{ code: 'I1', amountFen: 5_000_000 }]);
    await insertAccount(weak.code, 2025, [
      { code: 'I1', amountFen: 6_000_000 },
      { code: 'I3', amountFen: 2_500_000 },
    ]);
    const made = await ok(
      township.post('/api/economy/pairings', {
        regionCode: weak.code,
        strongCode: strong.code,
        startYear: 2024,
      }),
      201,
    );
    const income = {
      beforeYear: 2023,
      beforeFen: 3_000_000,
      afterYear: 2025,
      afterFen: 8_500_000,
      changeFen: 5_500_000,
    };
    expect(made.income).toEqual(income);
    const list = await ok(township.get(`/api/economy/pairings?q=${encodeURIComponent(weak.name)}`));
    expect(list.items.find((p: { id: string }) => p.id === made.id).income).toEqual(income);
    expect((await ok(county.get(`/api/economy/pairings/${made.id}`))).income).toEqual(income);
  });

  it('records an activity with a photo, and keeps an activity with photos from deletion', async () => {
    const [, , weak, strong] = await villagesUnder(regions.ownTownship.code);
    const pairing = await ok(
      township.post('/api/economy/pairings', {
        regionCode: weak.code,
        strongCode: strong.code,
        startYear: 2025,
      }),
      201,
    );
    const activity = await ok(
      township.post(`/api/economy/pairings/${pairing.id}/activities`, {
        happenedOn: '2025-04-18',
        title: '砂糖橘种植技术培训',
        detail: '强村技术员到村培训 40 人次',
      }),
      201,
    );
    const photo = { name: '培训.jpg', type: 'image/jpeg', bytes: await testPhoto() };
    await ok(uploadAttachments(township, 'economy_activity', activity.id, [photo]), 201);
    const detail = await ok(county.get(`/api/economy/pairings/${pairing.id}`));
    expect(detail.activityCount).toBe(1);
    expect(detail.activities[0]).toMatchObject({ title: '砂糖橘种植技术培训', happenedOn: '2025-04-18' });
    expect(detail.activities[0].photos).toHaveLength(1);
    expect(detail.activities[0].photos[0]).toMatchObject({ category: 'image', fileName: '培训.jpg' });
    // The village reads, does not add photos; the other township sees nothing of it.
    const weakVillage = await sessionOf('village', weak.code);
    expect((await uploadAttachments(weakVillage, 'economy_activity', activity.id, [photo])).statusCode).toBe(
      403,
    );
    expect((await weakVillage.get(`/api/attachments/economy_activity/${activity.id}`)).statusCode).toBe(200);
    expect((await otherTownship.get(`/api/attachments/economy_activity/${activity.id}`)).statusCode).toBe(
      404,
    );
    const refused = await del(township, `/api/economy/pairing-activities/${activity.id}`);
    expect(refused.statusCode).toBe(409);
    const bare = await ok(
      township.post(`/api/economy/pairings/${pairing.id}/activities`, {
        happenedOn: '2025-06-01',
        title: '座谈',
      }),
      201,
    );
    await ok(del(township, `/api/economy/pairing-activities/${bare.id}`));
    expect(await ok(township.get(`/api/economy/pairings/${pairing.id}/activities`))).toHaveLength(1);
  });

  it('ends a pairing, deletes it with undo and audits each step', async () => {
    const [, , , weak, strong] = await villagesUnder(regions.ownTownship.code);
    const pairing = await ok(
      county.post('/api/economy/pairings', {
        regionCode: weak.code,
        strongCode: strong.code,
        startYear: 2022,
      }),
      201,
    );
    expect(
      (await township.post(`/api/economy/pairings/${pairing.id}/end`, { endYear: 2021 })).statusCode,
    ).toBe(422);
    const ended = await ok(township.post(`/api/economy/pairings/${pairing.id}/end`, { endYear: 2025 }));
    expect(ended).toMatchObject({ status: 'ended', endYear: 2025 });
    expect(
      (await township.post(`/api/economy/pairings/${pairing.id}/end`, { endYear: 2025 })).statusCode,
    ).toBe(409);
    // Ended: the two villages may pair again.
    await ok(
      township.post('/api/economy/pairings', {
        regionCode: weak.code,
        strongCode: strong.code,
        startYear: 2026,
      }),
      201,
    );
    const gone = await ok(del(township, `/api/economy/pairings/${pairing.id}`));
    expect(gone.deleted).toBe(true);
    expect((await township.get(`/api/economy/pairings/${pairing.id}`)).statusCode).toBe(404);
    const back = await ok(township.post(`/api/economy/pairings/${pairing.id}/restore`));
    expect(back.deleted).toBe(false);
    const audit = await ok(county.get('/api/audit?entity=economy_pairing&pageSize=200'));
    const steps = audit.items.filter((a: { entityId: string }) => a.entityId === pairing.id);
    expect(steps.map((a: { action: string }) => a.action).sort()).toEqual([
      'economy.pairing.create',
      'economy.pairing.delete',
      'economy.pairing.end',
      'economy.pairing.restore',
    ]);
  });
});
