import { describe, expect, it } from 'vitest';
import { Conflict, Forbidden, Invalid, NotFound } from '../../platform/errors';
import { answersFor, figureYear, isNotKeptHere, periodLabel } from './policy';

describe('figure catalogue rules', () => {
  it('takes the year asked for, else this year in Beijing', () => {
    expect(figureYear(2024, new Date('2026-06-01T00:00:00Z'))).toBe(2024);
    // 31 December 2025 at 17:00 UTC is 1 January 2026 at 01:00 in Beijing.
    expect(figureYear(undefined, new Date('2025-12-31T17:00:00Z'))).toBe(2026);
    expect(figureYear(undefined, new Date('2025-12-31T15:00:00Z'))).toBe(2025);
  });

  it('shows no value where a figure refuses the region, and keeps every other error a fault', () => {
    for (const refusal of [new NotFound(), new Forbidden(), new Invalid('只按村统计'), new Conflict('x')])
      expect(isNotKeptHere(refusal)).toBe(true);
    expect(isNotKeptHere(new Error('connection lost'))).toBe(false);
    expect(isNotKeptHere(new TypeError('x is undefined'))).toBe(false);
  });

  it('names the period of a sheet, and answers a quarter only for figures by quarter or of today', () => {
    expect(periodLabel(2026, null)).toBe('2026 年');
    expect(periodLabel(2026, 3)).toBe('2026 年第三季度');
    expect(answersFor({}, undefined)).toBe(true);
    expect(answersFor({}, 2)).toBe(false);
    expect(answersFor({ byQuarter: true }, 2)).toBe(true);
    expect(answersFor({ perYear: false }, 4)).toBe(true);
  });
});
