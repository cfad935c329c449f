import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS } from '../defaults';
import {
  bandProblems,
  mayEditSettings,
  mayWritePlans,
  overlaps,
  planProblems,
  targetProblems,
} from './policy';

const band = (code: string, minFen: number) => ({ code, label: code, minFen });

describe('economy plans policy', () => {
  it('leaves tiers and targets to the county and plans to everyone taking part', () => {
    expect(mayEditSettings({ role: 'county_admin' })).toBe(true);
    expect(mayEditSettings({ role: 'township' })).toBe(false);
    expect([mayWritePlans({ role: 'village' }), mayWritePlans({ role: 'stationed_cadre' })]).toEqual([
      true,
      true,
    ]);
    expect(mayWritePlans({ role: 'region_admin' })).toBe(false);
  });

  it('accepts the default bands and refuses bands not starting at 0, not ascending or with a repeated code', () => {
    expect(bandProblems([...DEFAULT_BANDS])).toEqual([]);
    expect(bandProblems([band('A', 100), band('B', 200)]).map((p) => p.path)).toEqual(['bands.0.minFen']);
    expect(bandProblems([band('A', 0), band('B', 200), band('C', 200)]).map((p) => p.path)).toEqual([
      'bands.2.minFen',
    ]);
    expect(bandProblems([band('A', 0), band('a', 1)]).map((p) => p.path)).toEqual(['bands.1.code']);
    expect(bandProblems([band('A', 0)])[0].path).toBe('bands');
    expect(bandProblems(Array.from({ length: 11 }, (_, i) => band(`T${i}`, i)))[0].path).toBe('bands');
  });

  it('wants something to reach in a target and the share with both its amount and percent', () => {
    expect(targetProblems({ everyMinFen: 1, shareMinFen: null, sharePercent: null })).toEqual([]);
    expect(targetProblems({ everyMinFen: null, shareMinFen: null, sharePercent: null })).toHaveLength(1);
    expect(targetProblems({ everyMinFen: 1, shareMinFen: 5, sharePercent: null })[0].path).toBe(
      'sharePercent',
    );
  });

  it('checks a plan’s period and that its yearly targets lie in it, once each', () => {
    expect(
      planProblems({ startYear: 2024, endYear: 2026, targets: [{ year: 2025, operatingFen: 1 }] }),
    ).toEqual([]);
    expect(planProblems({ startYear: 2026, endYear: 2024, targets: [] })[0].path).toBe('endYear');
    expect(planProblems({ startYear: 2020, endYear: 2030, targets: [] })[0].path).toBe('endYear');
    const targets = [
      { year: 2027, operatingFen: 1 },
      { year: 2025, operatingFen: 1 },
      { year: 2025, operatingFen: 2 },
    ];
    expect(planProblems({ startYear: 2024, endYear: 2026, targets }).map((p) => p.path)).toEqual([
      'targets.0.year',
      'targets.2.year',
    ]);
  });

  it('sees two periods overlap when they share a year', () => {
    expect(overlaps({ startYear: 2021, endYear: 2023 }, { startYear: 2023, endYear: 2025 })).toBe(true);
    expect(overlaps({ startYear: 2021, endYear: 2022 }, { startYear: 2023, endYear: 2025 })).toBe(false);
  });
});
