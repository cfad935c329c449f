import { describe, expect, it } from 'vitest';
import { isRealDay, mayExportReport, periodOf, reportChildLevel, yearPeriod } from './policy';

describe('the report’s period', () => {
  it('defaults to this calendar year in Beijing time', () => {
    // 31 December 2025 20:00 UTC is already 1 January 2026 in Beijing.
    const p = periodOf({}, new Date('2025-12-31T20:00:00Z'));
    expect(p).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('runs from Beijing midnight of the first day to Beijing midnight after the last', () => {
    expect(yearPeriod(2025)).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      fromTs: '2024-12-31T16:00:00.000Z',
      endTs: '2025-12-31T16:00:00.000Z',
    });
  });

  it('refuses days that do not exist, a reversed period and one over ten years', () => {
    expect(isRealDay('2025-02-29')).toBe(false);
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(periodOf({ from: '2025-02-30' })).toEqual({ path: 'from', message: '起始日期不是有效日期' });
    expect(periodOf({ from: '2025-05-01', to: '2025-04-30' })).toMatchObject({ path: 'from' });
    expect(periodOf({ from: '2010-01-01', to: '2025-12-31' })).toMatchObject({ message: '统计期间最长十年' });
    expect(periodOf({ from: '2025-05-01', to: '2025-05-01' })).toMatchObject({ from: '2025-05-01' });
  });
});

describe('the report’s rows and export', () => {
  it('breaks a county into townships, a township into villages, a village into itself, a prefecture into counties', () => {
    expect(
      ['city', 'county', 'township', 'village', 'group'].map((l) => reportChildLevel(l as never)),
    ).toEqual(['county', 'township', 'village', 'village', 'village']);
  });

  it('lets those who report upwards export, not grid workers or villagers', () => {
    expect(mayExportReport('township')).toBe(true);
    expect(mayExportReport('grid_worker')).toBe(false);
    expect(mayExportReport('villager')).toBe(false);
  });
});
