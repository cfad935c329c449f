import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import { countyBands } from '../bands';
import { DEFAULT_BANDS } from '../defaults';
import { county, db, regions, township, village, withEconomyHarness } from '../economy-test-kit';

withEconomyHarness();

const WAN = 1_000_000;
const bands = [
  { code: 'A', label: '5 万元以下', minFen: 0 },
  { code: 'B', label: '5–20 万元', minFen: 5 * WAN },
  { code: 'C', label: '20 万元以上', minFen: 20 * WAN },
];

describe('the county’s income tiers', () => {
  it('reads the CATALOGUES.md bands until the county sets its own, for every level of the county', async () => {
    const s = await ok(village.get('/api/economy/settings'));
    expect(s.bands.map((b: { code: string }) => b.code)).toEqual(DEFAULT_BANDS.map((b) => b.code));
    expect([s.basis, s.editable]).toEqual(['operating', false]);
    expect((await ok(county.get('/api/economy/settings'))).editable).toBe(true);
  });

  it('refuses bands not starting at 0, not ascending, with a repeated code, or fewer than two', async () => {
    const put = (b: unknown) =>
      county.request('PUT', '/api/economy/settings', { basis: 'operating', bands: b });
    const bad = [
      [{ ...bands[0], minFen: 100 }, ...bands.slice(1)],
      [bands[0], bands[2], bands[1]],
      [bands[0], { ...bands[1], code: 'a' }],
      [bands[0]],
    ];
    const answers = await Promise.all(bad.map(put));
    expect(answers.map((r) => r.statusCode)).toEqual([422, 422, 422, 400]);
    expect(answers[0].json().fields[0].path).toBe('bands.0.minFen');
    expect(answers[1].json().fields[0].path).toBe('bands.2.minFen');
    expect(answers[2].json().fields[0].path).toBe('bands.1.code');
  });

  it('lets only the county change them, and every part reads the change through countyBands', async () => {
    const body = { basis: 'total', bands };
    expect((await township.request('PUT', '/api/economy/settings', body)).statusCode).toBe(403);
    const saved = await ok(county.request('PUT', '/api/economy/settings', body));
    expect([saved.basis, saved.isDefault, saved.bands.length]).toEqual(['total', false, 3]);
    const fromVillage = await ok(village.get('/api/economy/settings'));
    expect(fromVillage.bands).toEqual(bands);
    const shared = await countyBands(db(), regions.ownVillage.code);
    expect(shared).toEqual({ bands, basis: 'total' });
  });
});
