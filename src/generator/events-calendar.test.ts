import { describe, expect, it } from 'vitest';
import { addLimit, workingCalendar, workingDaysBetween } from '../server/modules/events/calendar';
import { fastCalendar } from './events-calendar';
import { Rng } from './random';

describe("the generator's working-day arithmetic", () => {
  it('gives the deadlines and working days of events/calendar.ts, county additions included', () => {
    const calendar = workingCalendar(
      new Map([
        ['2026-03-03', 'holiday'],
        ['2025-10-11', 'workday'],
      ]),
    );
    const from = Date.UTC(2024, 10, 1);
    const to = Date.UTC(2026, 10, 25);
    const fast = fastCalendar(calendar, from, to);
    const rng = new Rng(3);
    for (let i = 0; i < 3000; i++) {
      // Some instants fall outside the precomputed range on purpose.
      const start = Math.floor(from - 20 * 86_400_000 + rng.float() * (to - from + 40 * 86_400_000));
      const limit = rng.pick([
        { amount: rng.int(1, 7), unit: 'wd' as const },
        { amount: rng.int(1, 5), unit: 'd' as const },
        { amount: rng.int(1, 48), unit: 'h' as const },
      ]);
      expect(fast.due(start, limit)).toBe(addLimit(calendar, new Date(start), limit).getTime());
      const end = start + Math.floor(rng.float() * rng.pick([0.5, 3, 30, 120]) * 86_400_000);
      expect(fast.workingDays(start, end)).toBeCloseTo(
        workingDaysBetween(calendar, new Date(start), new Date(end)),
        10,
      );
    }
    expect(fast.isWorkday('2026-03-03')).toBe(false);
    expect(fast.isWorkday('2025-10-11')).toBe(true);
    expect(fast.isWorkday('2025-10-01')).toBe(false);
  });
});
