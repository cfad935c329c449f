import type { WorkingCalendar } from '../server/modules/events/calendar';
import type { TimeLimit } from '../server/modules/events/tables';

// The working-day arithmetic of events/calendar.ts on day numbers, for the generator: the same
// deadlines and working days (events-calendar.test.ts compares them), without building date
// strings for every day of every stage. Two years of events ask for millions of them.

const DAY = 86_400_000;
const OFFSET = 8 * 3_600_000;

/** The China calendar day of an instant, as days since 1970-01-01. */
const dayOf = (at: number) => Math.floor((at + OFFSET) / DAY);
const fraction = (at: number) => ((((at + OFFSET) % DAY) + DAY) % DAY) / DAY;

export interface FastCalendar {
  /** addLimit(): when a stage opened at `start` (ms) with `limit` is due (ms). */
  due(start: number, limit: TimeLimit): number;
  /** workingDaysBetween(): working days from `from` to `to` (ms). */
  workingDays(from: number, to: number): number;
  isWorkday(day: string): boolean;
}

/** A calendar over [from, to] (ms; days outside are asked of `calendar` directly). */
export const fastCalendar = (calendar: WorkingCalendar, from: number, to: number): FastCalendar => {
  const first = dayOf(from) - 1;
  const length = dayOf(to) - first + 2;
  const work = new Uint8Array(length);
  // cumulative[i]: working days among the days first … first + i - 1.
  const cumulative = new Int32Array(length + 1);
  const nameOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
  for (let i = 0; i < length; i++) {
    work[i] = calendar.isWorkday(nameOf(first + i)) ? 1 : 0;
    cumulative[i + 1] = cumulative[i] + work[i];
  }
  const isWork = (day: number) => {
    const i = day - first;
    return i >= 0 && i < length ? work[i] === 1 : calendar.isWorkday(nameOf(day));
  };
  /** Working days among the days a … b - 1. */
  const between = (a: number, b: number) => {
    if (a >= b) return 0;
    if (a - first >= 0 && b - first <= length) return cumulative[b - first] - cumulative[a - first];
    let n = 0;
    for (let d = a; d < b; d++) if (isWork(d)) n++;
    return n;
  };
  return {
    isWorkday: (day) => isWork(Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY)),
    due: (start, limit) => {
      if (limit.unit === 'h') return start + limit.amount * 3_600_000;
      if (limit.unit === 'd') return start + limit.amount * DAY;
      let day = dayOf(start);
      let left = limit.amount;
      for (let guard = 0; left > 0 && guard < 3660; guard++) {
        day++;
        if (isWork(day)) left--;
      }
      return (day + 1) * DAY - OFFSET;
    },
    workingDays: (fromMs, toMs) => {
      if (toMs <= fromMs) return 0;
      const a = dayOf(fromMs);
      const b = dayOf(toMs);
      if (a === b) return isWork(a) ? fraction(toMs) - fraction(fromMs) : 0;
      let total = isWork(a) ? 1 - fraction(fromMs) : 0;
      total += between(a + 1, b);
      if (isWork(b)) total += fraction(toMs);
      return Math.round(total * 100) / 100;
    },
  };
};
