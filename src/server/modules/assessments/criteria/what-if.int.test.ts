import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import {
  county,
  insertCampaign,
  publishedSet,
  regions,
  sessionOf,
  township,
  villagesUnder,
  withAssessHarness,
} from '../assessments-test-kit';
import { DEFAULT_INDICATORS } from '../defaults';

// 推演: a changed set applied to last year's scores gives, village by village, what a real re-run
// (a campaign scored with the changed set and the same values) gives.

withAssessHarness();

const base = '/api/assess/criteria';

/** A stable spread of values per village and indicator, like the generator's (null for unknown codes). */
const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_003, 7);
const generated = (villageCode: string, code: string): number | null => {
  const d = DEFAULT_INDICATORS.find((i) => i.code === code);
  if (!d) return null;
  const h = hash(`${villageCode}:${code}`);
  switch (d.method) {
    case 'yesno':
      return h % 4 === 0 ? 0 : 1;
    case 'points':
      return h % (d.maxPoints + 1);
    case 'tiers':
      return h % (d.tiers?.length ?? 1);
    case 'percent':
      return 45 + (h % 56);
    case 'veto':
      return h % 25 === 0 ? 1 : 0;
  }
};

describe('what-if', () => {
  it('gives the stars a real re-run with the changed set gives', async () => {
    const set = await publishedSet();
    const villages = (await villagesUnder(regions.county)).map((v) => v.code);
    const lastYear = await insertCampaign({
      year: set.year - 1,
      setId: set.id,
      villages,
      value: (village, code) => generated(village, code),
    });

    const draft = await ok(county.post(`${base}/${set.id}/copy`, { year: set.year + 1 }), 201);
    const byCode = (code: string) => draft.indicators.find((i: { code: string }) => i.code === code);
    await ok(
      county.patch(`${base}/${draft.id}`, { thresholds: { five: 100, four: 92, three: 80, two: 66 } }),
    );
    await ok(county.patch(`${base}/${draft.id}/indicators/${byCode('G1').id}`, { maxPoints: 40 }));
    await ok(county.patch(`${base}/${draft.id}/indicators/${byCode('B3').id}`, { maxPoints: 6 }));
    await ok(
      county.post(`${base}/${draft.id}/indicators`, {
        code: 'H1',
        area: 'A',
        name: '新指标',
        method: 'yesno',
        maxPoints: 3,
      }),
      201,
    );

    const result = await ok(county.post(`${base}/${draft.id}/what-if`, {}));
    expect(result.campaign.id).toBe(lastYear.campaignId);
    expect(result.missing).toEqual(['H1']);
    expect(result.villages).toHaveLength(villages.length);
    expect(result.counts.up).toBeGreaterThan(0);
    expect(result.counts.down).toBeGreaterThan(0);
    expect(result.counts.up + result.counts.down + result.counts.same).toBe(villages.length);

    const rerun = await insertCampaign({
      year: set.year + 1,
      setId: draft.id,
      villages,
      value: (village, code) => generated(village, code),
      status: 'open',
    });
    const old = new Map(lastYear.ratings.map((r) => [r.regionCode, r]));
    const real = new Map(rerun.ratings.map((r) => [r.regionCode, r]));
    for (const v of result.villages) {
      expect(v.newStars, v.regionCode).toBe(real.get(v.regionCode)?.stars);
      expect(v.newTotal, v.regionCode).toBe(real.get(v.regionCode)?.total);
      expect(v.oldStars).toBe(old.get(v.regionCode)?.stars);
      const moved = v.newStars - v.oldStars;
      expect(v.direction).toBe(moved > 0 ? 'up' : moved < 0 ? 'down' : 'same');
    }
    expect(result.villages[0].name).not.toBe(result.villages[0].regionCode);
    expect(result.villages[0].townshipName).not.toBe('');

    const moved = await ok(
      county.post(`${base}/${draft.id}/what-if`, { campaignId: lastYear.campaignId, movedOnly: true }),
    );
    expect(moved.villages).toHaveLength(result.counts.up + result.counts.down);
    // The re-run is open, not published: the latest published campaign stays last year's.
    expect(moved.campaigns.map((c: { id: string }) => c.id)).toEqual([lastYear.campaignId]);
  });

  it('answers in Chinese when the county has no published campaign, and only to the county', async () => {
    const lingyun = await sessionOf('county_admin', regions.otherCounty);
    const set = await publishedSet(regions.otherCounty);
    const res = await ok(lingyun.post(`${base}/${set.id}/what-if`, {}), 422);
    expect(res.fields).toEqual([{ path: 'campaignId', message: '本县还没有已发布的星级评定，无法推演' }]);
    expect((await township.post(`${base}/${set.id}/what-if`, {})).statusCode).toBe(403);
    const own = await publishedSet();
    expect((await lingyun.post(`${base}/${own.id}/what-if`, {})).statusCode).toBe(404);
  });
});
