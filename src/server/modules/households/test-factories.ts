import { idNumberCheckChar } from '../../../contracts/id-number';
import type { Session } from '../../../testing/factories';
import { people } from '../../../testing/people';

// Test data for households and persons: households drawn from the generator and made through the
// API; makeIdNumber for a test that needs a given birth date or sequence.

let serial = 0;

/** A valid ID number born on `birth` (YYYYMMDD) in county `county`; odd `seq` is male. */
export const makeIdNumber = (county = '451022', birth = '19800101', seq?: number): string => {
  const s = String(seq ?? (++serial % 999) + 1).padStart(3, '0');
  const first17 = `${county}${birth}${s}`;
  return `${first17}${idNumberCheckChar(first17)}`;
};

/** A distinct valid ID number of an adult of `county`, from the generator. */
export const nextIdNumber = (county = '451022'): string => people.person(county).idNumber;

/** An ID number of a generated adult (born 1985), for rules that check age (入党 at 18 and over). */
export const adultIdNumber = (county = '451022'): string =>
  people.person(county, { birthDate: '1985-06-15' }).idNumber;

let householdSerial = 0;
/** A generated household as the create-household body; `head` and `extra` override fields. */
export const householdBody = (
  regionCode: string,
  head: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) => {
  const home = people.household(regionCode.slice(0, 6));
  const { name, idNumber, ethnicity, phone, labour, leftBehind } = home.members[0];
  return {
    householdNo: `H${process.pid % 1000}${String(++householdSerial).padStart(5, '0')}`,
    regionCode,
    address: `${home.members[0].name.slice(0, 1)}家屯${householdSerial}号`,
    povertyStatus: home.povertyStatus,
    incomePerCapita: home.incomePerCapita,
    head: { name, idNumber, ethnicity, phone, labour, leftBehind, ...head },
    ...extra,
  };
};

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
