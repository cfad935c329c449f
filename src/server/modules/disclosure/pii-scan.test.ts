import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../../contracts/id-number';
import { findPii, isNameColumn, luhnValid, maskBeneficiaryNames, scanContent } from './pii-scan';

// A valid ID number (checksum computed), an old 15-digit one, a bank card passing Luhn.
const ID = `45102219900101123${idNumberCheckChar('45102219900101123')}`;
const OLD_ID = '451022900101123';
const CARD = '6222020200112345679';
const kinds = (text: string) => findPii(text).map((h) => h.kind);

describe('findPii', () => {
  it('finds an 18-digit ID number with a valid checksum, and not one whose checksum is wrong', () => {
    expect(kinds(`身份证号${ID}。`)).toEqual(['id']);
    const wrong = `${ID.slice(0, 17)}${ID[17] === '0' ? '1' : '0'}`;
    expect(kinds(wrong).includes('id')).toBe(false);
  });
  it('finds an ID number ending in X, lower case too', () => {
    const first = '11010519491231002';
    const id = `${first}${idNumberCheckChar(first)}`;
    expect(idNumberCheckChar(first)).toBe('X');
    expect(kinds(id.toLowerCase())).toEqual(['id']);
  });
  it('finds an old 15-digit ID number', () => {
    expect(kinds(`老证号 ${OLD_ID}`)).toEqual(['id']);
  });
  it('finds mobile numbers written plain, with spaces, dashes or +86', () => {
    expect(kinds('电话13812345678')).toEqual(['phone']);
    expect(kinds('电话 138 1234 5678')).toEqual(['phone']);
    expect(kinds('电话 138-1234-5678')).toEqual(['phone']);
    expect(kinds('+86 138 1234 5678')).toEqual(['phone']);
    expect(kinds('12812345678')).toEqual([]);
  });
  it('finds bank card numbers by Luhn, grouped or not', () => {
    expect(luhnValid(CARD)).toBe(true);
    expect(kinds(`卡号${CARD}`)).toEqual(['bank']);
    expect(kinds('卡号 6222 0202 0011 2345 679')).toEqual(['bank']);
    expect(kinds('6222020200112345674')).toEqual([]);
  });
  it('finds a private landline but lets a supervision or office line through', () => {
    expect(kinds('张三家 0776-5212345')).toEqual(['landline']);
    expect(kinds('监督电话：0776-5212345')).toEqual([]);
    expect(kinds('村委会办公电话（0776）5212345')).toEqual([]);
  });
  it('leaves amounts, dates, years and household numbers alone', () => {
    expect(
      kinds('2026年第四季度收入 125000.50 元，截至 2026-12-31，共 173 户，户号 4510221000010023'),
    ).toEqual([]);
  });
});

describe('scanContent', () => {
  it('names the field, and the table row (counted from 1) and column of each hit, masked', () => {
    const problems = scanContent({
      title: '补贴发放',
      body: `联系人 13812345678`,
      table: {
        columns: ['姓名', '身份证号', '金额'],
        rows: [
          ['张三', '', '100'],
          ['李四', ID, '200'],
        ],
      },
    });
    expect(problems.map((p) => p.path)).toEqual(['body', 'table.rows.1.1']);
    expect(problems[0].message).toContain('正文含手机号（138****5678）');
    expect(problems[1].message).toContain('表格第 2 行「身份证号」列含身份证号');
    expect(problems[1].message).not.toContain(ID);
  });
  it('passes clean content', () => {
    expect(scanContent({ title: '2026年第四季度财务公开', body: '收入 3 笔', table: null })).toEqual([]);
  });
});

describe('maskBeneficiaryNames', () => {
  it('masks the name columns (张*、王*明) and keeps money columns; masking twice changes nothing', () => {
    expect(isNameColumn('户主姓名')).toBe(true);
    expect(isNameColumn('金额（元）')).toBe(false);
    const table = {
      columns: ['户主姓名', '金额（元）'],
      rows: [
        ['张三', '1200.00'],
        ['王小明', '800'],
      ],
    };
    const masked = maskBeneficiaryNames(table);
    expect(masked.rows).toEqual([
      ['张*', '1200.00'],
      ['王*明', '800'],
    ]);
    expect(maskBeneficiaryNames(masked)).toEqual(masked);
  });
});
