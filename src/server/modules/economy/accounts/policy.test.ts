import { describe, expect, it } from 'vitest';
import { lineProblems, mayImportAccounts, mayKeepAccounts } from './policy';

const county = { role: 'county_admin' as const, scopeCode: '451022000000' };
const township = { role: 'township' as const, scopeCode: '451022100000' };
const village = { role: 'village' as const, scopeCode: '451022100001' };
const grid = { role: 'grid_worker' as const, scopeCode: '451022100001' };
const own = '451022100001';
const neighbour = '451022100002';
const otherTownship = '451022101001';
const paths = (p: { path: string }[]) => p.map((x) => x.path);

describe('who may keep a village’s accounts', () => {
  it('lets a village keep its own accounts only', () => {
    expect(mayKeepAccounts(village, own)).toBe(true);
    expect(mayKeepAccounts(village, neighbour)).toBe(false);
  });

  it('lets a township and the county keep the villages under them', () => {
    expect([mayKeepAccounts(township, own), mayKeepAccounts(township, otherTownship)]).toEqual([true, false]);
    expect([mayKeepAccounts(county, own), mayKeepAccounts(county, otherTownship)]).toEqual([true, true]);
  });

  it('keeps accounts for villages only, and not for other roles', () => {
    expect(mayKeepAccounts(county, '451022100000')).toBe(false);
    expect(mayKeepAccounts(grid, own)).toBe(false);
    expect([mayImportAccounts(county), mayImportAccounts(village), mayImportAccounts(grid)]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('income lines', () => {
  it('accepts a good line', () => {
    expect(lineProblems(2024, { quarter: 2, code: 'I1', amountFen: 12_345 })).toEqual([]);
  });

  it('wants a quarter of 1–4, a code I1–I6 and an amount of at least 0 in whole fen', () => {
    expect(paths(lineProblems(2023, { quarter: 5, code: 'I9', amountFen: -1 }))).toEqual([
      'quarter',
      'code',
      'amountFen',
    ]);
    expect(paths(lineProblems(2023, { quarter: 1.5, amountFen: 0.5 }))).toEqual(['quarter', 'amountFen']);
  });

  it('refuses I6 from 2024, in Chinese, and takes it before', () => {
    expect(lineProblems(2023, { code: 'I6' })).toEqual([]);
    const [problem] = lineProblems(2024, { code: 'I6' });
    expect(problem.path).toBe('code');
    expect(problem.message).toContain('2024 年起');
  });
});
