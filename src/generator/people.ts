import { idNumberCheckChar } from '../contracts/id-number';
import { GIVEN, SURNAMES } from './profiles';
import type { Rng } from './random';

export type Sex = 'male' | 'female';

export const surnameOf = (rng: Rng, pool: keyof typeof SURNAMES): string => rng.weighted(SURNAMES[pool]);

export const givenName = (rng: Rng, sex: Sex): string => {
  const chars = GIVEN[sex];
  return rng.chance(0.7) ? `${rng.pick(chars)}${rng.pick(chars)}` : rng.pick(chars);
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const isoDate = (d: Date): string =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;

/** A birth date for someone `age` years old on `today`. */
export const birthDateForAge = (rng: Rng, age: number, today: Date): Date => {
  const d = new Date(Date.UTC(today.getUTCFullYear() - age - 1, today.getUTCMonth(), today.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + rng.int(1, 364));
  return d;
};

/**
 * A GB 11643-valid ID number: the county's 6 digits, the birth date, a 3-digit sequence whose
 * last digit is odd for men and even for women, and the MOD 11-2 check character. `serial`
 * makes numbers unique: the caller counts people per county and birth date.
 */
export const idNumberFor = (countyCode: string, birth: Date, sex: Sex, serial: number): string =>
  idNumberOn(countyCode, isoDate(birth), sex, serial);

/** idNumberFor with the birth date as YYYY-MM-DD. */
export const idNumberOn = (countyCode: string, birthDate: string, sex: Sex, serial: number): string => {
  const base = Math.floor(serial % 500) * 2 + (sex === 'male' ? 1 : 0);
  const first17 = `${countyCode}${birthDate.slice(0, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${pad(base % 1000, 3)}`;
  return `${first17}${idNumberCheckChar(first17)}`;
};

const MOBILE_PREFIXES = [
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '157',
  '158',
  '159',
  '177',
  '180',
  '181',
  '182',
  '187',
  '188',
  '189',
  '199',
];

export const mobileNumber = (rng: Rng): string =>
  `${rng.pick(MOBILE_PREFIXES)}${pad(rng.int(0, 99_999_999), 8)}`;
