// GB 11643-1999 citizen identity number: 6-digit region + 8-digit birth date + 3-digit sequence
// + check character computed with ISO 7064 MOD 11-2.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
// GB/T 2260 province-level codes (plus 71 Taiwan, 81/82 Hong Kong/Macao, 83 for the 2018 permits).
const PROVINCE_CODES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'.split(
    ' ',
  ),
);

export type IdNumberProblem = 'format' | 'region' | 'birthDate' | 'checksum';

export const ID_NUMBER_MESSAGES: Record<IdNumberProblem, string> = {
  format: '身份证号应为18位，前17位为数字，最后一位为数字或X',
  region: '身份证号前6位不是有效的行政区划代码',
  birthDate: '身份证号中的出生日期无效',
  checksum: '身份证号校验位不正确',
};

export const idNumberCheckChar = (first17: string): string => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
};

export const normalizeIdNumber = (raw: string): string => raw.trim().toUpperCase();

export interface IdNumberCheckOptions {
  /** Today's date, for "born in the future" checks; defaults to now. */
  today?: Date;
  /** When given, the first 6 digits must start with one of these prefixes (e.g. a province '45'). */
  regionPrefixes?: readonly string[];
}

/** Returns the first problem with an ID number, or null when it is valid. */
export const checkIdNumber = (raw: string, options: IdNumberCheckOptions = {}): IdNumberProblem | null => {
  const id = normalizeIdNumber(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (!PROVINCE_CODES.has(id.slice(0, 2)) || id.slice(4, 6) === '00') return 'region';
  if (options.regionPrefixes && !options.regionPrefixes.some((p) => id.startsWith(p))) return 'region';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const today = options.today ?? new Date();
  if (
    year < 1900 ||
    birth.getUTCFullYear() !== year ||
    birth.getUTCMonth() !== month - 1 ||
    birth.getUTCDate() !== day ||
    birth.getTime() > today.getTime()
  )
    return 'birthDate';
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return 'checksum';
  return null;
};

export const isValidIdNumber = (raw: string, options?: IdNumberCheckOptions): boolean =>
  checkIdNumber(raw, options) === null;

/** Birth date (YYYY-MM-DD) and sex read from a valid ID number. */
export const readIdNumber = (raw: string): { birthDate: string; sex: 'male' | 'female' } => {
  const id = normalizeIdNumber(raw);
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  };
};
