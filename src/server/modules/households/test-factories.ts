import { idNumberCheckChar } from '../../../contracts/id-number';
import type { Session } from '../../testing/factories';

// Test data for households and persons: valid GB 11643 ID numbers and households made through the API.

let serial = 0;

/** A valid ID number born on `birth` (YYYYMMDD) in county `county`; odd `seq` is male. */
export const makeIdNumber = (county = '451022', birth = '19800101', seq?: number): string => {
  const s = String(seq ?? (++serial % 999) + 1).padStart(3, '0');
  const first17 = `${county}${birth}${s}`;
  return `${first17}${idNumberCheckChar(first17)}`;
};

let uniq = 0;
/** A distinct valid ID number each call (birth dates spread over 1950–1999). */
export const nextIdNumber = (county = '451022'): string => {
  uniq++;
  const year = 1950 + (uniq % 50);
  const day = String((Math.floor(uniq / 50) % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(uniq / 1400) % 12) + 1).padStart(2, '0');
  return makeIdNumber(county, `${year}${month}${day}`, (Math.floor(uniq / 16800) % 999) + 1);
};

let householdSerial = 0;
export const householdBody = (
  regionCode: string,
  head: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) => ({
  householdNo: `H${process.pid % 1000}${String(++householdSerial).padStart(5, '0')}`,
  regionCode,
  address: '测试屯1号',
  head: { name: `户主${householdSerial}`, idNumber: nextIdNumber(regionCode.slice(0, 6)), ...head },
  ...extra,
});

/** Creates a household through the API and returns its JSON. */
export const makeHousehold = async (
  session: Session,
  regionCode: string,
  head: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) => {
  const res = await session.post('/api/households', householdBody(regionCode, head, extra));
  if (res.statusCode !== 201) throw new Error(`household: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; householdNo: string; headPersonId: string; regionCode: string };
};
