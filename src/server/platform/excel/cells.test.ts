import { describe, expect, it } from 'vitest';
import { memberStatus } from '../../../contracts/registry/enums';
import { codeOfLabel, labelOf, labelsOf, parseDateCell, parseYesNo } from './cells';

describe('cells as clerks type them', () => {
  it('reads dates in the usual spellings and refuses days that do not exist', () => {
    for (const text of ['2021-07-01', '2021/7/1', '2021.7.1', '2021年7月1日', ' 2021-7-1 '])
      expect(parseDateCell(text), text).toBe('2021-07-01');
    for (const text of ['2021-02-30', '2021-13-01', '七月一日', '20210701', ''])
      expect(parseDateCell(text), text).toBeUndefined();
  });

  it('reads 是/否 and refuses anything else', () => {
    expect(parseYesNo('是')).toBe(true);
    expect(parseYesNo('否')).toBe(false);
    expect(parseYesNo('y')).toBe(true);
    expect(parseYesNo('不知道')).toBeUndefined();
  });

  it('maps coded labels both ways', () => {
    expect(labelsOf(memberStatus)).toEqual(['预备党员', '正式党员']);
    expect(codeOfLabel(memberStatus)('正式党员')).toBe('full');
    expect(codeOfLabel(memberStatus)('full')).toBe('full');
    expect(codeOfLabel(memberStatus)('党员')).toBeUndefined();
    expect(labelOf(memberStatus, 'probationary')).toBe('预备党员');
  });
});
