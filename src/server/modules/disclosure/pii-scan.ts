import { checkIdNumber } from '../../../contracts/id-number';
import { maskIdNumber, maskName, maskPhone } from '../../../contracts/pii';
import type { FieldError } from '../../platform/errors';

// 个人信息检查 before a disclosure is published (十公开): ID numbers, mobile phones, landlines and
// bank card numbers found in the title, the body or any table cell are refused with where they
// were found; in a beneficiaries (受益对象) table the names are masked (张*、王*明) instead. Pure
// functions, so the rules are tested without a database.

export type PiiKind = 'id' | 'phone' | 'landline' | 'bank';

export interface PiiHit {
  kind: PiiKind;
  /** The digits as written (spaces and dashes kept). */
  text: string;
  index: number;
}

export const PII_NAMES: Record<PiiKind, string> = {
  id: '身份证号',
  phone: '手机号',
  landline: '个人固定电话',
  bank: '银行卡号',
};

const digitsOf = (s: string) => s.replace(/[^\dXx]/g, '').toUpperCase();

/** A 15-digit ID number of the first generation: region, YYMMDD birth date, 3-digit sequence. */
const isOldIdNumber = (d: string): boolean => {
  if (!/^\d{15}$/.test(d)) return false;
  const province = Number(d.slice(0, 2));
  if (province < 11 || province > 82 || d.slice(4, 6) === '00') return false;
  const month = Number(d.slice(8, 10));
  const day = Number(d.slice(10, 12));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
};

/** Luhn (mod 10) as bank cards carry it. */
export const luhnValid = (d: string): boolean => {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
};

// Runs of digits, possibly grouped by single spaces or dashes (138 1234 5678, 6222-0212-…).
const DIGIT_RUN = /(?<![\dA-Za-z])\d(?:[ -]?\d)*(?:[ -]?[Xx])?(?![\dA-Za-z])/g;
// 0776-5212345, (0776)5212345, 0776 5212345: an area code, then 7 or 8 digits.
const LANDLINE = /(?<!\d)(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[ -])\d{7,8}(?!\d)/g;
// Numbers posted on purpose for the public: supervision and office lines are not personal data.
const PUBLIC_LINE = /(监督|举报|投诉|办公|服务|咨询|值班|热线|村委|村委会|便民)[^\n，。；,;]{0,6}$/;

const classify = (raw: string): PiiKind | null => {
  const d = digitsOf(raw);
  if (d.length === 18 && checkIdNumber(d) === null) return 'id';
  if (d.length === 15 && isOldIdNumber(d)) return 'id';
  if (/^(?:86)?1[3-9]\d{9}$/.test(d)) return 'phone';
  if (/^\d{16,19}$/.test(d) && luhnValid(d)) return 'bank';
  return null;
};

/** Every ID number, mobile phone, private landline and bank card number in a text. */
export const findPii = (text: string): PiiHit[] => {
  const hits: PiiHit[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) {
    const kind = classify(m[0]);
    if (kind) hits.push({ kind, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(LANDLINE)) {
    if (hits.some((h) => m.index < h.index + h.text.length && h.index < m.index + m[0].length)) continue;
    if (PUBLIC_LINE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    hits.push({ kind: 'landline', text: m[0], index: m.index });
  }
  return hits.sort((a, b) => a.index - b.index);
};

/** How a hit is named in a message: masked, so the refusal itself repeats nothing. */
export const maskedHit = (hit: PiiHit): string => {
  const d = digitsOf(hit.text);
  if (hit.kind === 'id') return maskIdNumber(d);
  if (hit.kind === 'phone') return maskPhone(d.slice(-11));
  return maskIdNumber(d);
};

export interface ScannedContent {
  title: string;
  body: string;
  table: { columns: string[]; rows: string[][] } | null;
}

const ADVICE = '公开内容不能含身份证号、手机号、银行卡号等个人信息，请删除后再提交';

const hitMessage = (where: string, hit: PiiHit) =>
  `${where}含${PII_NAMES[hit.kind]}（${maskedHit(hit)}），${ADVICE}`;

/** A beneficiaries table's name columns: 姓名、户主、受益人、名字 in the header. */
export const isNameColumn = (header: string): boolean => /姓名|户主|受益人|名字|户名|对象名/.test(header);

/** Masks the names of a beneficiaries table (idempotent: 张* stays 张*). */
export const maskBeneficiaryNames = <T extends { columns: string[]; rows: string[][] }>(table: T): T => {
  const nameColumns = table.columns.map((c, i) => (isNameColumn(c) ? i : -1)).filter((i) => i >= 0);
  if (nameColumns.length === 0) return table;
  return {
    ...table,
    rows: table.rows.map((row) =>
      row.map((cell, i) => (nameColumns.includes(i) && !cell.includes('*') ? maskName(cell.trim()) : cell)),
    ),
  };
};

/**
 * Every place personal data was found, as field errors with a Chinese message naming the field
 * (标题, 正文) or the table's row (1-based, as people count) and column.
 */
export const scanContent = (c: ScannedContent): FieldError[] => {
  const out: FieldError[] = [];
  for (const hit of findPii(c.title)) out.push({ path: 'title', message: hitMessage('标题', hit) });
  for (const hit of findPii(c.body)) out.push({ path: 'body', message: hitMessage('正文', hit) });
  c.table?.columns.forEach((col, j) => {
    for (const hit of findPii(col))
      out.push({ path: `table.columns.${j}`, message: hitMessage(`表格第 ${j + 1} 列的列名`, hit) });
  });
  c.table?.rows.forEach((row, i) => {
    row.forEach((cell, j) => {
      for (const hit of findPii(cell))
        out.push({
          path: `table.rows.${i}.${j}`,
          message: hitMessage(`表格第 ${i + 1} 行「${c.table?.columns[j] ?? `第 ${j + 1} 列`}」列`, hit),
        });
    });
  });
  return out;
};
