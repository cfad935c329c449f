import { idNumberCheckChar } from '../../../contracts/id-number';
import { newId } from '../../platform/auth/session';
import type { Services } from '../../platform/http/types';
import { households, persons } from '../households/tables';

// Test data for cadres, grids and talents: persons and households inserted directly, with a
// GB 11643-valid ID number stored encrypted and blind-indexed like the households module does.

let sequence = 0;

const validIdNumber = (regionCode: string, n: number): string => {
  const first17 = `${regionCode.slice(0, 6)}1980${String((n % 12) + 1).padStart(2, '0')}${String((n % 28) + 1).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
};

export const makePerson = async (
  services: Services,
  o: { regionCode: string; name?: string; householdId?: string | null },
) => {
  const n = ++sequence + (process.pid % 500) * 1000;
  const idNumber = validIdNumber(o.regionCode, n);
  const [row] = await services.database.db
    .insert(persons)
    .values({
      id: newId(),
      regionCode: o.regionCode,
      householdId: o.householdId ?? null,
      name: o.name ?? `测试人员${sequence}`,
      initials: 'csry',
      sex: n % 2 ? 'male' : 'female',
      birthDate: `1980-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
      idNumberEnc: services.pii.encrypt(idNumber),
      idNumberIdx: services.pii.blindIndex('id_number', idNumber),
      idLast4: idNumber.slice(-4),
    })
    .returning();
  return row;
};

/** A household with its head, in a village (or villager group). */
export const makeHousehold = async (services: Services, o: { regionCode: string; headName?: string }) => {
  const id = newId();
  const head = await makePerson(services, { regionCode: o.regionCode, name: o.headName, householdId: id });
  const [row] = await services.database.db
    .insert(households)
    .values({ id, regionCode: o.regionCode, householdNo: `H${++sequence}`, headPersonId: head.id })
    .returning();
  return { ...row, headName: head.name };
};
