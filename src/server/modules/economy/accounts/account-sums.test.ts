import { describe, expect, it } from 'vitest';
import { accountSums } from './account-sums';

describe('account sums', () => {
  it('counts I1–I3 as operating income and every line in the total', () => {
    const sums = accountSums(2023, [
      { code: 'I1', amountFen: 100 },
      { code: 'I2', amountFen: 200 },
      { code: 'I3', amountFen: 300 },
      { code: 'I4', amountFen: 1_000 },
      { code: 'I5', amountFen: 7 },
    ]);
    expect(sums).toEqual({ operatingFen: 600, totalFen: 1_607, contractingFen: 200 });
  });

  it('reads contracting income from the 发包 tag from 2024, when I2 is booked by nature', () => {
    const sums = accountSums(2024, [
      { code: 'I1', amountFen: 500, contracting: true },
      { code: 'I3', amountFen: 50 },
    ]);
    expect(sums).toEqual({ operatingFen: 550, totalFen: 550, contractingFen: 500 });
  });
});
