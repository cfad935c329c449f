import { describe, expect, it } from 'vitest';
import {
  checkIdNumber,
  ID_NUMBER_MESSAGES,
  idNumberCheckChar,
  isValidIdNumber,
  normalizeIdNumber,
  readIdNumber,
} from './id-number';

const TODAY = new Date('2026-03-01T00:00:00Z');

/** A complete number for a 17-digit prefix, with the check character the standard prescribes. */
const complete = (first17: string): string => `${first17}${idNumberCheckChar(first17)}`;

/** Deterministic 17-digit prefixes across regions, birth dates and sequence numbers. */
const generatedPrefixes = (): string[] => {
  const regions = ['110105', '440524', '451022', '451027', '650102'];
  const out: string[] = [];
  for (let i = 0; i < 60; i++) {
    const region = regions[i % regions.length];
    const year = 1930 + ((i * 7) % 90);
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + ((i * 5) % 28)).padStart(2, '0');
    const sequence = String((i * 37) % 1000).padStart(3, '0');
    out.push(`${region}${year}${month}${day}${sequence}`);
  }
  return out;
};

describe('GB 11643 check character', () => {
  it('computes the check character of a 广西 number worked out by hand', () => {
    // 4 5 1 0 2 2 1 9 9 0 0 1 0 1 1 2 3 × weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
    // = 28+45+10+0+16+8+2+9+54+0+0+9+0+5+8+8+6 = 208; 208 mod 11 = 10 → '2'
    expect(idNumberCheckChar('45102219900101123')).toBe('2');
    expect(checkIdNumber('451022199001011232', { today: TODAY })).toBeNull();
  });

  it('computes X for the standard example 11010519491231002X', () => {
    // 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → 'X'
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X', { today: TODAY })).toBe(true);
  });

  it('accepts every generated number completed with its computed check character', () => {
    for (const prefix of generatedPrefixes()) {
      expect(checkIdNumber(complete(prefix), { today: TODAY }), prefix).toBeNull();
    }
  });

  it('rejects every generated number whose check character is wrong', () => {
    for (const prefix of generatedPrefixes()) {
      const right = idNumberCheckChar(prefix);
      const wrong = '10X98765432'.split('').find((c) => c !== right)!;
      expect(checkIdNumber(`${prefix}${wrong}`, { today: TODAY }), prefix).toBe('checksum');
    }
  });
});

describe('checkIdNumber', () => {
  it('accepts a lower-case x check character after normalizing', () => {
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(checkIdNumber('11010519491231002x', { today: TODAY })).toBeNull();
  });

  it('rejects a number whose last digit was changed', () => {
    expect(checkIdNumber('451022199001011233', { today: TODAY })).toBe('checksum');
    expect(checkIdNumber('110105194912310021', { today: TODAY })).toBe('checksum');
  });

  it('rejects numbers of the wrong shape as a format problem', () => {
    for (const bad of [
      '',
      '45102219900101123',
      '4510221990010112321',
      '45102219900101123Y',
      '4510221990O1011232',
    ]) {
      expect(checkIdNumber(bad, { today: TODAY }), bad).toBe('format');
    }
  });

  it('rejects February 30th and other dates that do not exist', () => {
    expect(checkIdNumber(complete('45102219900230123'), { today: TODAY })).toBe('birthDate');
    expect(checkIdNumber(complete('45102219901301123'), { today: TODAY })).toBe('birthDate');
    expect(checkIdNumber(complete('45102219900100123'), { today: TODAY })).toBe('birthDate');
    expect(checkIdNumber(complete('45102220230229123'), { today: TODAY })).toBe('birthDate');
    expect(checkIdNumber(complete('45102220240229123'), { today: TODAY })).toBeNull();
  });

  it('rejects a birth date after today and before 1900', () => {
    expect(checkIdNumber(complete('45102220260302123'), { today: TODAY })).toBe('birthDate');
    expect(checkIdNumber(complete('45102220260301123'), { today: TODAY })).toBeNull();
    expect(checkIdNumber(complete('45102218991231123'), { today: TODAY })).toBe('birthDate');
  });

  it('rejects a province code that does not exist and a county part of 00', () => {
    expect(checkIdNumber(complete('99102219900101123'), { today: TODAY })).toBe('region');
    expect(checkIdNumber(complete('00102219900101123'), { today: TODAY })).toBe('region');
    expect(checkIdNumber(complete('45100019900101123'), { today: TODAY })).toBe('region');
  });

  it('limits the region to the given prefixes when asked to', () => {
    const guangxi = complete('45102219900101123');
    const beijing = '11010519491231002X';
    expect(checkIdNumber(guangxi, { today: TODAY, regionPrefixes: ['45'] })).toBeNull();
    expect(checkIdNumber(beijing, { today: TODAY, regionPrefixes: ['45'] })).toBe('region');
    expect(checkIdNumber(guangxi, { today: TODAY, regionPrefixes: ['451027', '451022'] })).toBeNull();
    expect(checkIdNumber(guangxi, { today: TODAY, regionPrefixes: ['451027'] })).toBe('region');
  });

  it('has a Chinese message for every problem', () => {
    for (const message of Object.values(ID_NUMBER_MESSAGES)) expect(message).toMatch(/身份证号/);
  });
});

describe('readIdNumber', () => {
  it('reads birth date and sex from the 17th digit (odd is male)', () => {
    expect(readIdNumber('451022199001011232')).toEqual({ birthDate: '1990-01-01', sex: 'male' });
    expect(readIdNumber(complete('45102219850615124'))).toEqual({ birthDate: '1985-06-15', sex: 'female' });
    expect(readIdNumber('11010519491231002x')).toEqual({ birthDate: '1949-12-31', sex: 'female' });
  });
});
