import { describe, expect, it } from 'vitest';
import { addLimit, chinaDay, endOfChinaDay, warnAt, workingCalendar, workingDaysBetween } from './calendar';

// 工作日历 and deadline arithmetic on real 2026 days of chinese-days: 国庆 is 1–7 October (holidays
// on weekdays), Sunday 20 September and Saturday 10 October are 调休 working days.

const national = workingCalendar();
/** 08:00 (UTC+8) of a China day. */
const at8 = (day: string) => new Date(`${day}T08:00:00+08:00`);
const wd = (amount: number) => ({ amount, unit: 'wd' as const });

describe('the national calendar (chinese-days)', () => {
  it('knows weekends, 国庆 2026 and the 调休 working days', () => {
    expect(national.isWorkday('2026-09-18')).toBe(true); // Friday
    expect(national.isWorkday('2026-09-19')).toBe(false); // Saturday
    expect(national.isWorkday('2026-09-20')).toBe(true); // Sunday, 调休 for 国庆
    expect(national.isWorkday('2026-10-01')).toBe(false); // 国庆
    expect(national.isWorkday('2026-10-07')).toBe(false); // Wednesday of the 国庆 week
    expect(national.isWorkday('2026-10-10')).toBe(true); // Saturday, 调休 for 国庆
  });
});

describe('addLimit', () => {
  it('counts working days from the day after opening and ends at 24:00 Beijing time', () => {
    const due = addLimit(national, at8('2026-09-15'), wd(2)); // Tuesday → Thursday
    expect(due.toISOString()).toBe('2026-09-17T16:00:00.000Z');
    expect(chinaDay(new Date(due.getTime() - 1))).toBe('2026-09-17');
  });

  it('skips a weekend', () => {
    // Friday 11 September + 1 working day → Monday 14 September.
    expect(addLimit(national, at8('2026-09-11'), wd(1))).toEqual(endOfChinaDay('2026-09-14'));
  });

  it('counts the 调休 Sunday before 国庆 as a working day', () => {
    // Friday 18 September + 1 → Sunday 20 September (worked), + 2 → Monday 21.
    expect(addLimit(national, at8('2026-09-18'), wd(1))).toEqual(endOfChinaDay('2026-09-20'));
    expect(addLimit(national, at8('2026-09-18'), wd(2))).toEqual(endOfChinaDay('2026-09-21'));
  });

  it('skips the 国庆 holiday and counts the 调休 Saturday after it', () => {
    // Wednesday 30 September: 1–7 October off, Thursday 8, Friday 9, Saturday 10 (调休) worked.
    expect(addLimit(national, at8('2026-09-30'), wd(1))).toEqual(endOfChinaDay('2026-10-08'));
    expect(addLimit(national, at8('2026-09-30'), wd(3))).toEqual(endOfChinaDay('2026-10-10'));
    expect(addLimit(national, at8('2026-09-30'), wd(4))).toEqual(endOfChinaDay('2026-10-12'));
  });

  it('takes the China day of an instant late in the UTC day', () => {
    // 2026-09-30 20:00 UTC is already 1 October 04:00 in Beijing: the count starts after 1 October.
    const start = new Date('2026-09-30T20:00:00Z');
    expect(chinaDay(start)).toBe('2026-10-01');
    expect(addLimit(national, start, wd(1))).toEqual(endOfChinaDay('2026-10-08'));
  });

  it('counts hours and calendar days on the clock, holidays or not', () => {
    const start = at8('2026-10-01');
    expect(addLimit(national, start, { amount: 48, unit: 'h' })).toEqual(at8('2026-10-03'));
    expect(addLimit(national, start, { amount: 3, unit: 'd' })).toEqual(at8('2026-10-04'));
  });

  it('applies a county’s own days: a local festival off, an extra working day', () => {
    const county = workingCalendar(
      new Map([
        ['2026-09-16', 'holiday'], // e.g. a local festival on a Wednesday
        ['2026-09-19', 'workday'], // an extra working Saturday
      ]),
    );
    expect(county.isWorkday('2026-09-16')).toBe(false);
    expect(county.isWorkday('2026-09-19')).toBe(true);
    // Tuesday 15 + 1: Wednesday is off → Thursday 17.
    expect(addLimit(county, at8('2026-09-15'), wd(1))).toEqual(endOfChinaDay('2026-09-17'));
    // Friday 18 + 2: Saturday 19 (county) and Sunday 20 (调休) are both worked.
    expect(addLimit(county, at8('2026-09-18'), wd(2))).toEqual(endOfChinaDay('2026-09-20'));
  });
});

describe('warnAt', () => {
  it('falls at 80 % of the time to the deadline', () => {
    const start = new Date('2026-09-15T00:00:00Z');
    const due = new Date('2026-09-15T10:00:00Z');
    expect(warnAt(start, due).toISOString()).toBe('2026-09-15T08:00:00.000Z');
  });
});

describe('workingDaysBetween', () => {
  it('counts whole working days and the worked fractions of the ends', () => {
    // Monday 14 September 12:00 → Wednesday 16 September 12:00 (Beijing): ½ + 1 + ½.
    const from = new Date('2026-09-14T12:00:00+08:00');
    const to = new Date('2026-09-16T12:00:00+08:00');
    expect(workingDaysBetween(national, from, to)).toBe(2);
  });

  it('counts nothing for the 国庆 days and the 调休 Saturday as one', () => {
    const from = endOfChinaDay('2026-09-30'); // midnight into 1 October
    expect(workingDaysBetween(national, from, endOfChinaDay('2026-10-07'))).toBe(0);
    expect(workingDaysBetween(national, from, endOfChinaDay('2026-10-10'))).toBe(3);
  });

  it('is zero for a span inside a holiday or a reversed span', () => {
    expect(workingDaysBetween(national, at8('2026-10-02'), at8('2026-10-03'))).toBe(0);
    expect(workingDaysBetween(national, at8('2026-09-16'), at8('2026-09-15'))).toBe(0);
  });

  it('counts part of a single working day', () => {
    expect(workingDaysBetween(national, at8('2026-09-15'), new Date('2026-09-15T20:00:00+08:00'))).toBe(0.5);
  });

  it('uses the county’s days', () => {
    const county = workingCalendar(new Map([['2026-09-16', 'holiday']]));
    expect(workingDaysBetween(county, endOfChinaDay('2026-09-13'), endOfChinaDay('2026-09-18'))).toBe(4);
  });
});
