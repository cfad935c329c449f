import { describe, expect, it } from 'vitest';
import { pairingIncome } from './income';

describe('the weak village’s income before and after a pairing', () => {
  it('takes the year before the start and the latest account since the start', () => {
    const years = new Map([
      [2022, 3_000_000],
      [2023, 4_000_000],
      [2024, 6_000_000],
      [2025, 9_000_000],
    ]);
    expect(pairingIncome(years, 2024)).toEqual({
      beforeYear: 2023,
      beforeFen: 4_000_000,
      afterYear: 2025,
      afterFen: 9_000_000,
      changeFen: 5_000_000,
    });
  });

  it('leaves out what the accounts do not hold', () => {
    expect(pairingIncome(new Map([[2023, 100]]), 2024)).toEqual({
      beforeYear: 2023,
      beforeFen: 100,
      afterYear: null,
      afterFen: null,
      changeFen: null,
    });
    expect(pairingIncome(undefined, 2024).beforeFen).toBeNull();
  });
});
