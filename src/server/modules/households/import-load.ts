import { randomUUID } from 'node:crypto';
import { normalizeIdNumber } from '../../../contracts/id-number';
import { writeAudit } from '../../platform/audit/write';
import type { Ctx } from '../../platform/context';
import type { SheetRow } from '../../platform/excel/read';
import type { Progress } from '../../platform/excel/run-import';
import { moveStaged, Stager } from '../../platform/excel/staging';
import { pinyinInitials } from '../regions/names';
import { idNumberColumns, phoneColumns } from './identity';
import { type CheckState, householdCodes as codes, ethnicityCode } from './import-check';

// Staged payloads use the tables' column names (jsonb_populate_record fills the rows).

/** Pass 2: persons from the file, then households from the drafts, into the staging table in chunks. */
export const stageHouseholdRows = async (
  ctx: Ctx,
  jobId: string,
  state: CheckState,
  rows: AsyncIterable<SheetRow>,
  progress: Progress,
  resolveVillage: (t: string) => string | undefined,
) => {
  const now = new Date().toISOString();
  const people = new Stager(ctx.db, jobId, 'person');
  let count = 0;
  for await (const r of rows) {
    const c = r.cells;
    const draft = state.households.get(c.householdNo)!;
    const idNumber = normalizeIdNumber(c.idNumber);
    const identity = idNumberColumns(ctx.pii, idNumber);
    const phone = phoneColumns(ctx.pii, c.phone ?? null);
    await people.add({
      id: draft.headRow === r.row ? draft.headId : randomUUID(),
      region_code: resolveVillage(draft.fields.village),
      created_at: now,
      updated_at: now,
      household_id: draft.id,
      relation: codes.relationCode(c.relation),
      name: c.name,
      initials: pinyinInitials(c.name),
      sex: identity.sex,
      birth_date: identity.birthDate,
      ethnicity: ethnicityCode(c.ethnicity),
      id_number_enc: identity.idNumberEnc,
      id_number_idx: identity.idNumberIdx,
      id_last4: identity.idLast4,
      phone_enc: phone.phoneEnc,
      phone_idx: phone.phoneIdx,
      labour: c.labour ? codes.labourCode(c.labour) : null,
      left_behind: c.leftBehind ? codes.leftBehindCode(c.leftBehind) : null,
    });
    await progress(++count);
  }
  await people.flush();
  const homes = new Stager(ctx.db, jobId, 'household');
  for (const [householdNo, d] of state.households) {
    const f = d.fields;
    const relocated = f.relocated === '是';
    await homes.add({
      id: d.id,
      region_code: resolveVillage(f.village),
      created_at: now,
      updated_at: now,
      household_no: householdNo,
      head_person_id: d.headId,
      address: f.address ?? null,
      poverty_status: f.povertyStatus ? codes.povertyCode(f.povertyStatus) : 'general',
      relocated,
      relocation_site: relocated ? (f.relocationSite ?? null) : null,
      helper_name: f.helperName ?? null,
      income_per_capita: f.income ? Number(f.income) : null,
    });
  }
  await homes.flush();
};

/** The short all-or-nothing step: two INSERT … SELECT statements and one audit row with the counts. */
export const commitHouseholdImport = async (tx: Ctx, jobId: string, state: CheckState, fileName: string) => {
  await moveStaged(tx.db, jobId, 'household', 'households');
  await moveStaged(tx.db, jobId, 'person', 'persons');
  const counts = { households: state.households.size, persons: state.persons };
  await writeAudit(tx.db, tx, {
    action: 'household.import',
    entity: 'household',
    entityId: jobId,
    regionCode: tx.actor.scopeCode,
    diff: { file: fileName, ...counts },
  });
  return counts;
};
