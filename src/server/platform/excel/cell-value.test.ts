import { describe, expect, it } from 'vitest';
import { NO_FORMULA_RESULT, readCell } from './cell-value';
import { relativeToXl } from './open-workbook';

describe('reading a cell', () => {
  it('reads text, numbers, dates, rich text, hyperlinks and formula results', () => {
    expect(readCell('韦小宝')).toEqual({ text: '韦小宝' });
    expect(readCell(13800138000)).toEqual({ text: '13800138000' });
    expect(readCell(5200.5)).toEqual({ text: '5200.5' });
    expect(readCell(new Date(Date.UTC(2021, 6, 1)))).toEqual({ text: '2021-07-01' });
    expect(readCell({ richText: [{ text: '韦' }, { text: '小宝' }] })).toEqual({ text: '韦小宝' });
    expect(readCell({ text: '韦小宝', hyperlink: 'http://x.cn' })).toEqual({ text: '韦小宝' });
    expect(readCell({ formula: 'A1&"x"', result: '韦x' })).toEqual({ text: '韦x' });
    expect(readCell({ sharedFormula: 'B2', result: 12 } as never)).toEqual({ text: '12' });
    expect(readCell(true)).toEqual({ text: '是' });
  });

  it('never turns an object into text: a formula without a result or an error value is a problem', () => {
    expect(readCell({ formula: 'HYPERLINK("http://x.cn","李四")' } as never)).toEqual({
      problem: NO_FORMULA_RESULT,
    });
    expect(readCell({ formula: 'A1', result: { error: '#N/A' } } as never).problem).toContain('#N/A');
    expect(readCell({ error: '#REF!' }).problem).toContain('#REF!');
    expect(readCell({ whatever: 1 } as never).problem).toBeDefined();
  });

  it('takes absolute and relative sheet paths alike', () => {
    expect(relativeToXl('/xl/worksheets/sheet1.xml')).toBe('worksheets/sheet1.xml');
    expect(relativeToXl('worksheets/sheet1.xml')).toBe('worksheets/sheet1.xml');
    expect(relativeToXl('./worksheets/sheet2.xml')).toBe('worksheets/sheet2.xml');
  });
});
