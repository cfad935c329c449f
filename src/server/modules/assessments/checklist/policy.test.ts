import { describe, expect, it } from 'vitest';
import {
  beijingYear,
  completionRate,
  entryRefusal,
  handTickRefusal,
  itemCodeError,
  mayEditCatalogue,
  mayRefresh,
  mayRemoveEvidence,
  meanRate,
  recordAnswer,
  sourceErrors,
  sourceRule,
} from './policy';

describe('checklist policy', () => {
  it('takes the year in China time', () => {
    expect(beijingYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(beijingYear(new Date('2026-12-31T15:30:00Z'))).toBe(2026);
  });

  it('lets only the county keep the catalogue and only township and county refresh', () => {
    expect(mayEditCatalogue('county_admin')).toBe(true);
    expect(mayEditCatalogue('township')).toBe(false);
    expect(mayRefresh('township')).toBe(true);
    expect(mayRefresh('village')).toBe(false);
  });

  it('lets the village fill the current year only, and the township correct past years', () => {
    expect(entryRefusal('village', 2026, 2026)).toBeNull();
    expect(entryRefusal('stationed_cadre', 2026, 2026)).toBeNull();
    expect(entryRefusal('village', 2025, 2026)).toMatch(/已结束/);
    expect(entryRefusal('township', 2025, 2026)).toBeNull();
    expect(entryRefusal('county_admin', 2027, 2026)).toMatch(/尚未开始/);
    expect(entryRefusal('grid_worker', 2026, 2026)).toMatch(/不能填写/);
    expect(entryRefusal('department', 2026, 2026)).toMatch(/不能填写/);
  });

  it('refuses a hand tick on an item the records answer', () => {
    expect(handTickRefusal({ code: 'H08', source: { figure: 'events.overdueNow' } })).toMatch(/自动判定/);
    expect(handTickRefusal({ code: 'H05', source: null })).toBeNull();
  });

  it('lets the uploader, the township or the county remove evidence', () => {
    expect(mayRemoveEvidence('village', 'u1', 'u1')).toBe(true);
    expect(mayRemoveEvidence('village', 'u1', 'u2')).toBe(false);
    expect(mayRemoveEvidence('township', 'u1', 'u2')).toBe(true);
  });

  it('checks item codes and sources', () => {
    expect(itemCodeError('H11')).toBeNull();
    expect(itemCodeError('1X')?.path).toBe('code');
    const figures = new Set(['cadres.reserve']);
    expect(sourceErrors({ figure: 'cadres.reserve', map: 'atLeast', min: 2 }, figures)).toEqual([]);
    expect(sourceErrors({ figure: 'nope', map: 'atLeast', min: 2 }, figures).map((e) => e.path)).toEqual([
      'source.figure',
    ]);
    expect(sourceErrors({ figure: 'cadres.reserve', map: 'atMost' }, figures).map((e) => e.path)).toEqual([
      'source.max',
    ]);
    expect(sourceErrors(null, figures)).toEqual([]);
  });

  it('answers an item from its figure', () => {
    expect(recordAnswer('H03', { figure: 'cadres.reserve', map: 'atLeast', min: 2 }, 2)).toBe(true);
    expect(recordAnswer('H03', { figure: 'cadres.reserve', map: 'atLeast', min: 2 }, 1)).toBe(false);
    expect(recordAnswer('H08', { figure: 'events.overdueNow', map: 'atMost', max: 0 }, 0)).toBe(true);
    expect(recordAnswer('H08', { figure: 'events.overdueNow', map: 'atMost', max: 0 }, 3)).toBe(false);
    expect(sourceRule('后备干部数', { figure: 'cadres.reserve', map: 'atLeast', min: 2 })).toBe(
      '后备干部数 不少于 2',
    );
  });

  it('computes rates in per cent to one decimal, townships as the mean of villages', () => {
    expect(completionRate(2, 3)).toBe(66.7);
    expect(completionRate(0, 0)).toBeNull();
    expect(
      meanRate([
        { done: 1, total: 3 },
        { done: 3, total: 3 },
      ]),
    ).toBe(66.7);
    expect(meanRate([])).toBeNull();
  });
});
