import { describe, expect, it } from 'vitest';
import { fenToYuan, formatYuan, yuanToFen } from './money';

describe('money on the accounts pages', () => {
  it('shows fen as 元 with two decimals and takes 元 back to whole fen', () => {
    expect(formatYuan(123_456)).toBe('1,234.56');
    expect(formatYuan(0)).toBe('0.00');
    expect(yuanToFen(0.29)).toBe(29);
    expect(yuanToFen(1234.56)).toBe(123_456);
    expect(fenToYuan(5)).toBe(0.05);
  });
});
