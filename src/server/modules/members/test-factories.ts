import { idNumberCheckChar } from '../../../contracts/id-number';
import { newId } from '../../platform/auth/session';
import type { Services } from '../../platform/http/types';
import { households, persons } from '../households/tables';

// Test data for the org and members tests: persons and households inserted directly (the
// households module owns their use cases; tests only need rows to point at).

let sequence = 0;

const idNumberFor = (regionCode: string, birthDate: string): string => {
  sequence++;
  const first17 = `${regionCode.slice(0, 6)}${birthDate.replaceAll('-', '')}${String(sequence % 1000).padStart(3, '0')}`;
  return `${first17}${idNumberCheckChar(first17)}`;
};

export const insertHousehold = async (services: Services, regionCode: string) => {
  const [row] = await services.database.db
    .insert(households)
    .values({ id: newId(), regionCode, householdNo: `H${process.pid}${++sequence}` })
    .returning();
  return row;
};

export const insertPerson = async (
  services: Services,
  o: { regionCode: string; name: string; birthDate?: string; householdId?: string | null },
) => {
  const birthDate = o.birthDate ?? '1990-05-17';
  const idNumber = idNumberFor(o.regionCode, birthDate);
  const [row] = await services.database.db
    .insert(persons)
    .values({
      id: newId(),
      regionCode: o.regionCode,
      householdId: o.householdId ?? null,
      name: o.name,
      initials: 'x',
      sex: 'male',
      birthDate,
      idNumberEnc: services.pii.encrypt(idNumber),
      idNumberIdx: services.pii.blindIndex('id_number', idNumber),
      idLast4: idNumber.slice(-4),
    })
    .returning();
  return row;
};
