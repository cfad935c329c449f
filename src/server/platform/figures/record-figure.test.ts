import { describe, expect, it } from 'vitest';
import { figurePeriod } from './record-figure';

describe('the period of a figure', () => {
  it('is the calendar year in Beijing days and instants', () => {
    expect(figurePeriod(2026)).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      fromTs: '2025-12-31T16:00:00.000Z',
      endTs: '2026-12-31T16:00:00.000Z',
    });
  });

  it('is a quarter of it, to the last day of its third month (a leap February too)', () => {
    expect(figurePeriod(2024, 1)).toMatchObject({ from: '2024-01-01', to: '2024-03-31' });
    expect(figurePeriod(2025, 2)).toMatchObject({
      from: '2025-04-01',
      to: '2025-06-30',
      endTs: '2025-06-30T16:00:00.000Z',
    });
    expect(figurePeriod(2025, 3)).toMatchObject({ from: '2025-07-01', to: '2025-09-30' });
    expect(figurePeriod(2025, 4)).toMatchObject({
      from: '2025-10-01',
      to: '2025-12-31',
      fromTs: '2025-09-30T16:00:00.000Z',
      endTs: '2025-12-31T16:00:00.000Z',
    });
  });
});
