import { describe, expect, it } from 'vitest';
import { bigGridCode, childGridCode, codeMisfit, gridPathCodes, nextSequence } from './grid-code';
import { treeOrder } from './grid-import';
import type { GridDraft } from './grid-import-row';
import { childTierOf, deleteRefusal, mayBindOrg } from './policy';

describe('grid codes', () => {
  const village = '451022100001';
  it('builds big, middle and small codes from the village code', () => {
    expect(bigGridCode(village)).toBe('4510221000010000');
    expect(childGridCode(bigGridCode(village), 'middle', 3)).toBe('4510221000010300');
    expect(childGridCode('4510221000010300', 'small', 12)).toBe('4510221000010312');
  });

  it('lists the codes of the grids above a grid, and its own', () => {
    expect(gridPathCodes('4510221000010312')).toEqual([
      '4510221000010000',
      '4510221000010300',
      '4510221000010312',
    ]);
    expect(gridPathCodes('4510221000010300')).toEqual(['4510221000010000', '4510221000010300']);
    expect(gridPathCodes('4510221000010000')).toEqual(['4510221000010000']);
  });

  it('numbers children after the highest code ever given and stops at 99', () => {
    expect(nextSequence([], 'middle')).toBe(1);
    expect(nextSequence(['4510221000010100', '4510221000010300'], 'middle')).toBe(4);
    expect(nextSequence(['4510221000010199'], 'small')).toBeNull();
  });
});

describe('codes typed by hand (Excel import)', () => {
  const village = '451022100001';
  it('accepts codes that follow the rule for their tier and parent', () => {
    expect(codeMisfit(`${village}0000`, 'big', village)).toBeNull();
    expect(codeMisfit(`${village}0700`, 'middle', village)).toBeNull();
    expect(codeMisfit(`${village}0712`, 'small', village, `${village}0700`)).toBeNull();
    expect(codeMisfit(`${village}0712`, 'small', village)).toBeNull();
  });

  it('names what is wrong with a code that does not fit', () => {
    expect(codeMisfit('45102210000107', 'middle', village)).toBe('网格编码应为16位数字');
    expect(codeMisfit('4510221000020700', 'middle', village)).toContain('前12位');
    expect(codeMisfit(`${village}0100`, 'big', village)).toContain('0000');
    expect(codeMisfit(`${village}0000`, 'middle', village)).toContain('中网格');
    expect(codeMisfit(`${village}0701`, 'middle', village)).toContain('中网格');
    expect(codeMisfit(`${village}0812`, 'small', village, `${village}0700`)).toContain('前14位');
    expect(codeMisfit(`${village}0700`, 'small', village)).toContain('末2位');
  });

  it('creates a file in tree order: tiers top-down, given codes before numbered ones, else file order', () => {
    const draft = (row: number, tier: GridDraft['tier'], code: string | null) => ({
      row,
      body: { row, tier, code } as GridDraft,
    });
    const drafts = [
      draft(2, 'big', null),
      draft(3, 'middle', null),
      draft(4, 'small', null),
      draft(5, 'middle', `${village}0500`),
      draft(6, 'small', `${village}0501`),
      draft(7, 'middle', null),
    ];
    expect(drafts.sort(treeOrder).map((d) => d.row)).toEqual([2, 5, 3, 7, 6, 4]);
  });
});

describe('grid policy', () => {
  it('keeps the tier order big → middle → small', () => {
    expect(childTierOf('big')).toBe('middle');
    expect(childTierOf('middle')).toBe('small');
    expect(childTierOf('small')).toBeNull();
  });

  it('binds branches and groups, a general branch only to a big grid', () => {
    expect(mayBindOrg('small', 'group')).toBe(true);
    expect(mayBindOrg('small', 'general_branch')).toBe(false);
    expect(mayBindOrg('big', 'general_branch')).toBe(true);
    expect(mayBindOrg('big', 'committee')).toBe(false);
  });

  it('refuses deleting a grid with children or households', () => {
    expect(deleteRefusal(1, 0)).toContain('下级网格');
    expect(deleteRefusal(0, 2)).toContain('农户');
    expect(deleteRefusal(0, 0)).toBeNull();
  });
});
