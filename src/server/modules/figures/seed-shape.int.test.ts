import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../contracts/api/figures';
import { generateCounty } from '../../../generator/county';
import { generateEconomy } from '../../../generator/economy';
import { generateVisits } from '../../../generator/visits';
import { loginAs, makeUser, type Session, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';

// The seeds' figures come back through the dashboard where the generator was given them: 田东 in
// the shape of seed T (DOMAIN.md §2) — 167 villages with a 驻村工作队 each, 2020's collective
// operating income of 19,254,700 元 with every village at 50,000 元 or more, 68 at 100,000, 22 at
// 200,000 and 3 at 500,000; and a year of 十问十清 visits: 1,122 households, 1,067 problems, 847
// solved on the spot, 220 passed on. Read as the county administrator reads them, from the records.

let h: TestHarness;
let county: Session;
let regionCode: string;
const today = new Date(Date.UTC(2026, 10, 25));
// Visits fall in the 365 days before this moment: all of them in 2026, Beijing time.
const endOf2026 = new Date(Date.UTC(2027, 0, 1, 6));

beforeAll(async () => {
  h = await createHarness();
  const regions = await testRegions(h.services.database.db);
  regionCode = regions.county;
  await generateCounty(h.services.database, h.services.pii, {
    countyCode: '451022',
    seed: 20,
    villages: 167,
    householdsPerVillage: 8,
    profile: 'tiandong-2020',
    today,
  });
  await generateEconomy(h.services.database, {
    countyCode: '451022',
    seed: 20,
    year: 2026,
    seedShape: 'tiandong',
  });
  await generateVisits(h.services.database, {
    countyCode: '451022',
    seed: 20,
    today: endOf2026,
    seedShape: 'tiandong',
  });
  const admin = await makeUser(h.services, { role: 'county_admin', regionCode });
  county = await loginAs(h.app, admin.username);
}, 180_000);
afterAll(() => h.close());

const dashboard = async (year: number, keys: string[]) => {
  const res = await county.get(`/api/figures/dashboard?year=${year}&keys=${keys.join(',')}`);
  expect(res.statusCode, res.body).toBe(200);
  const d = res.json() as Dashboard;
  return (key: string) => d.figures.find((f) => f.key === key)!;
};

describe('the seeds’ figures on the dashboard of a county generated in their shape', () => {
  it('gives 田东’s 2020 collective income and its tiers, and a team in each of the 167 villages', async () => {
    const figure = await dashboard(2020, [
      'economy.operatingIncome',
      'economy.incomeTiers',
      'cadres.workTeams',
    ]);
    expect(figure('economy.operatingIncome').value).toBe(19_254_700);
    const tiers = Object.fromEntries(figure('economy.incomeTiers').byCategory.map((c) => [c.key, c.value]));
    const atLeast = (codes: string[]) => codes.reduce((n, c) => n + (tiers[c] ?? 0), 0);
    expect([
      atLeast(['T2', 'T3', 'T4', 'T5', 'T6']),
      atLeast(['T3', 'T4', 'T5', 'T6']),
      atLeast(['T4', 'T5', 'T6']),
      atLeast(['T5', 'T6']),
    ]).toEqual([167, 68, 22, 3]);
    // The county's six villages the seed does not cover have no account of 2020: 空壳 (0).
    expect(figure('economy.incomeTiers').value).toBe(173);
    expect(atLeast(['T0', 'T1'])).toBe(6);
    expect(figure('cadres.workTeams').value).toBe(167);
  });

  it('gives 田东’s year of visits: 1,122 households, 1,067 problems, 847 solved, 220 passed on', async () => {
    const figure = await dashboard(2026, [
      'visits.householdsVisited',
      'visits.problems',
      'visits.solvedOnSpot',
      'visits.passedOn',
    ]);
    expect(
      ['visits.householdsVisited', 'visits.problems', 'visits.solvedOnSpot', 'visits.passedOn'].map(
        (k) => figure(k).value,
      ),
    ).toEqual([1122, 1067, 847, 220]);
    // The problems' outcomes split the same way on the chart.
    const outcomes = Object.fromEntries(figure('visits.problems').byCategory.map((c) => [c.key, c.value]));
    expect([outcomes.solved, outcomes.event]).toEqual([847, 220]);
  });
});
