import { describe, expect, it } from 'vitest';
import { detects } from './detect';

describe('situations detected from figures', () => {
  it('finds a poorly rated village but not one with nothing rated (a figure of 0)', () => {
    const w08 = { figure: 'events.satisfaction', map: 'atMost' as const, max: 2.99 };
    expect(detects(w08, 2.5)).toBe(true);
    expect(detects(w08, 3.2)).toBe(false);
    expect(detects(w08, 0)).toBe(false);
  });

  it('finds an empty-shell village at 0 income when the rule says zero counts (W12)', () => {
    const w12 = {
      figure: 'economy.operatingIncome',
      map: 'atMost' as const,
      max: 49_999.99,
      zeroCounts: true,
    };
    expect(detects(w12, 0)).toBe(true);
    expect(detects(w12, 30_000)).toBe(true);
    expect(detects(w12, 50_000)).toBe(false);
  });
});
