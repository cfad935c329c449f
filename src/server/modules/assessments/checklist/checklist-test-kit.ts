import type { Session } from '../../../../testing/factories';
import { ok } from '../../../../testing/ok';
import { insertPerson } from '../../../../testing/people';
import { county, h, regions } from '../assessments-test-kit';

// What the checklist tests share: a village's checklist through the API, one entry by code, and
// the records behind the items they answer (reserve cadres through the cadres API, an overdue event
// as a grid worker reports it, with its open stage's deadline moved by hand).

export interface EntryBody {
  id: string;
  itemId: string;
  code: string;
  done: boolean;
  note: string | null;
  fromRecords: boolean;
  recordValue: number | null;
  evidenceCount: number;
}

export const checklistOf = async (as: Session, village = regions.ownVillage.code, year?: number) =>
  ok(as.get(`/api/assess/checklist/villages/${village}${year ? `?year=${year}` : ''}`)) as Promise<{
    year: number;
    editable: boolean;
    done: number;
    total: number;
    rate: number | null;
    entries: EntryBody[];
  }>;

export const entryOf = async (
  as: Session,
  code: string,
  village = regions.ownVillage.code,
  year?: number,
) => {
  const entry = (await checklistOf(as, village, year)).entries.find((e) => e.code === code);
  if (!entry) throw new Error(`no entry ${code}`);
  return entry;
};

export const putEntry = (as: Session, village: string, itemId: string, body: Record<string, unknown>) =>
  as.request('PUT', `/api/assess/checklist/villages/${village}/items/${itemId}`, body);

/** A reserve cadre (后备干部) of the village, through the cadres API as the county. */
export const addReserveCadre = async (village = regions.ownVillage.code) => {
  const person = await insertPerson(h.services, { regionCode: village });
  return ok(county.post('/api/cadres', { personId: person.id, isReserve: true }), 201);
};

/** Rows of a plain SQL query on the test database. */
export const plain = <T>(text: string, params: unknown[] = []) =>
  h.services.database.rawQuery<T>(text, params);
