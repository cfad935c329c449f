import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import {
  county,
  insertAccount,
  otherTownship,
  regions,
  township,
  villagesUnder,
  withEconomyHarness,
} from '../economy-test-kit';

// 产业联盟 through the API: the county or a township organizes it, adds member villages (one or
// more lead), and the list counts members and adds up their operating income of a year; a
// township that sees an alliance through its own village reads no other township's income.

withEconomyHarness();

const del = (s: typeof county, url: string) => s.request('DELETE', url);

describe('industry alliances 产业联盟', () => {
  it('adds members with a lead and sums their operating income of the year', async () => {
    const [own] = await villagesUnder(regions.ownTownship.code);
    const [other] = await villagesUnder(regions.otherTownship.code);
    await insertAccount(own.code, 2025, [
      { code: 'I1', amountFen: 8_000_000 },
      { code: 'I5', amountFen: 1_000_000 }, // not operating
    ]);
    await insertAccount(other.code, 2025, [{ code: 'I3', amountFen: 4_500_000 }]);
    await insertAccount(other.code, 2024, [{ code: 'I1', amountFen: 100 }]);
    const made = await ok(
      county.post('/api/economy/alliances', { name: '芒果产业联盟', industry: '芒果' }),
      201,
    );
    expect(made).toMatchObject({ regionCode: regions.county, memberCount: 0, editable: true });
    await ok(county.post(`/api/economy/alliances/${made.id}/members`, { regionCode: own.code, lead: true }));
    const both = await ok(
      county.post(`/api/economy/alliances/${made.id}/members`, { regionCode: other.code }),
    );
    expect(both.members.map((m: { regionCode: string; lead: boolean }) => [m.regionCode, m.lead])).toEqual([
      [own.code, true],
      [other.code, false],
    ]);
    const again = await county.post(`/api/economy/alliances/${made.id}/members`, { regionCode: other.code });
    expect(again.statusCode).toBe(409);

    const list = await ok(county.get('/api/economy/alliances?year=2025&q=芒果'));
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ memberCount: 2, totalIncomeFen: 12_500_000, year: 2025 });
    const detail = await ok(county.get(`/api/economy/alliances/${made.id}?year=2025`));
    expect(detail.members.map((m: { incomeFen: number | null }) => m.incomeFen)).toEqual([
      8_000_000, 4_500_000,
    ]);

    // The township sees the county's alliance through its village, only its own village's income.
    const seen = await ok(township.get(`/api/economy/alliances/${made.id}?year=2025`));
    expect(seen).toMatchObject({ editable: false, memberCount: 2, totalIncomeFen: 8_000_000 });
    expect(
      seen.members.find((m: { regionCode: string }) => m.regionCode === other.code).incomeFen,
    ).toBeNull();
    expect((await township.patch(`/api/economy/alliances/${made.id}`, { name: '改' })).statusCode).toBe(403);

    // Lead flag, removal.
    const led = await ok(
      county.patch(`/api/economy/alliances/${made.id}/members/${other.code}`, { lead: true }),
    );
    expect(led.members.filter((m: { lead: boolean }) => m.lead)).toHaveLength(2);
    const removed = await ok(del(county, `/api/economy/alliances/${made.id}/members/${own.code}`));
    expect(removed.memberCount).toBe(1);
    // Without a member in its scope the township no longer sees it.
    expect((await township.get(`/api/economy/alliances/${made.id}`)).statusCode).toBe(404);
  });

  it('lets a township organize its own alliance of its villages only, hidden from other townships', async () => {
    const [, own] = await villagesUnder(regions.ownTownship.code);
    const [other] = await villagesUnder(regions.otherTownship.code);
    const made = await ok(
      township.post('/api/economy/alliances', { name: '茶叶联盟', industry: '茶叶' }),
      201,
    );
    expect(made.regionCode).toBe(regions.ownTownship.code);
    const refused = await township.post(`/api/economy/alliances/${made.id}/members`, {
      regionCode: other.code,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields[0].message).toBe('该村不在您的管辖范围内');
    await ok(township.post(`/api/economy/alliances/${made.id}/members`, { regionCode: own.code }));
    expect((await otherTownship.get(`/api/economy/alliances/${made.id}`)).statusCode).toBe(404);
    const theirs = await ok(otherTownship.get('/api/economy/alliances?pageSize=200'));
    expect(theirs.items.map((a: { id: string }) => a.id)).not.toContain(made.id);
    const county_ = await township.post('/api/economy/alliances', {
      name: '县联盟',
      industry: '芒果',
      regionCode: regions.county,
    });
    expect(county_.statusCode).toBe(422);
  });

  it('deletes an alliance with undo', async () => {
    const made = await ok(county.post('/api/economy/alliances', { name: '待删联盟', industry: '桑蚕' }), 201);
    expect((await ok(del(county, `/api/economy/alliances/${made.id}`))).deleted).toBe(true);
    expect((await county.get(`/api/economy/alliances/${made.id}`)).statusCode).toBe(404);
    expect((await ok(county.get('/api/economy/alliances?q=待删'))).total).toBe(0);
    expect((await ok(county.post(`/api/economy/alliances/${made.id}/restore`))).deleted).toBe(false);
    expect((await ok(county.get('/api/economy/alliances?q=待删'))).total).toBe(1);
  });
});
