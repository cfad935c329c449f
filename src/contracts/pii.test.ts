import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone, PHONE_PATTERN } from './pii';

describe('maskIdNumber', () => {
  it('keeps the first and last four characters of an 18-character number', () => {
    expect(maskIdNumber('451022199001011234')).toBe('4510**********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });

  it('hides a string too short to mask partly', () => {
    expect(maskIdNumber('12345678')).toBe('********');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('hides a number too short to mask partly', () => {
    expect(maskPhone('123456')).toBe('******');
  });
});

describe('maskName', () => {
  it('masks names as they are posted on public boards', () => {
    expect(maskName('张三丰')).toBe('张*丰');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('欧阳建国')).toBe('欧**国');
    expect(maskName('王')).toBe('王');
  });

  it('counts characters outside the BMP as one character', () => {
    expect(maskName('𠀋一二')).toBe('𠀋*二');
  });
});

describe('PHONE_PATTERN', () => {
  it('accepts 11-digit mainland mobile numbers only', () => {
    expect(PHONE_PATTERN.test('13812345678')).toBe(true);
    expect(PHONE_PATTERN.test('12812345678')).toBe(false);
    expect(PHONE_PATTERN.test('1381234567')).toBe(false);
  });
});
