import { describe, expect, it } from 'vitest';
import { toFen, wan, yuan } from './shared';
import { sortOf, sortOrderOf } from './sort';

describe('the projects list sort', () => {
  it('names the server sort of a column and reads it back', () => {
    expect(sortOf('score', 'descend')).toBe('score-desc');
    expect(sortOf('score', 'ascend')).toBe('score-asc');
    expect(sortOf('region', 'ascend')).toBe('region');
    expect(sortOf('title', 'ascend')).toBeUndefined();
    expect(sortOf('due', null)).toBeUndefined();
    expect(sortOrderOf('score', 'score-desc')).toBe('descend');
    expect(sortOrderOf('due', 'due')).toBe('ascend');
    expect(sortOrderOf('status', 'due')).toBeNull();
  });
});

describe('money on the projects pages', () => {
  it('shows fen as 万元 and 元 and reads 元 typed in a form as fen', () => {
    expect(wan(12_000_000)).toBe('12');
    expect(wan(12_345_600)).toBe('12.3456');
    expect(wan(null)).toBe('—');
    expect(yuan(5_200_000)).toBe('52,000');
    expect(toFen(520.5)).toBe(52_050);
    expect(toFen(0.1 + 0.2)).toBe(30);
    expect(toFen(undefined)).toBeUndefined();
  });
});
