import { GeneratedPeople, personRow } from '../generator/fixtures';
import { households, persons } from '../server/modules/households/tables';
import { newId } from '../server/platform/auth/session';
import type { Services } from '../server/platform/http/types';

// Villagers for tests, drawn from the synthetic-data generator (src/generator/fixtures.ts) and
// written as the generator writes them. A test names a person only where the name matters to it.

/**
 * The source of generated people. Test files share it within a worker (vitest runs without
 * isolation), so a test whose rule depends on a person's age or sex passes it explicitly.
 */
export const people = new GeneratedPeople();

/** Inserts a generated person; `name` and `birthDate` override the generated ones. */
export const insertPerson = async (
  services: Services,
  o: { regionCode: string; name?: string; birthDate?: string; householdId?: string | null },
) => {
  const p = people.person(o.regionCode.slice(0, 6), { birthDate: o.birthDate });
  const [row] = await services.database.db
    .insert(persons)
    .values(
      personRow(
        services.pii,
        { ...p, name: o.name ?? p.name, relation: 'head' },
        { id: newId(), regionCode: o.regionCode, householdId: o.householdId ?? null },
      ),
    )
    .returning();
  return row;
};

let householdSerial = 0;

/** Inserts a household with a generated head (named `headName` when given). */
export const insertHousehold = async (services: Services, o: { regionCode: string; headName?: string }) => {
  const id = newId();
  const home = people.household(o.regionCode.slice(0, 6));
  const head = { ...home.members[0], name: o.headName ?? home.members[0].name };
  const headId = newId();
  const db = services.database.db;
  await db
    .insert(persons)
    .values(personRow(services.pii, head, { id: headId, regionCode: o.regionCode, householdId: id }));
  const [row] = await db
    .insert(households)
    .values({
      id,
      regionCode: o.regionCode,
      householdNo: `T${o.regionCode.slice(6)}${String(++householdSerial).padStart(4, '0')}`,
      headPersonId: headId,
      povertyStatus: home.povertyStatus,
      incomePerCapita: home.incomePerCapita,
    })
    .returning();
  return { ...row, headName: head.name };
};
