import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { normalizeIdNumber } from '../../../contracts/id-number';
import { writeAudit } from '../../platform/audit/write';
import type { Ctx } from '../../platform/context';
import type { SheetRow } from '../../platform/excel/read';
import { moveStaged, Stager } from '../../platform/excel/staging';
import { importRows } from '../../platform/excel/tables';
import { pinyinInitials } from '../regions/names';
import { idNumberColumns, phoneColumns } from './identity';
import { type CheckState, householdCodes as codes, ethnicityCode, type HouseholdDraft } from './import-check';
import { persons } from './tables';

// Staged payloads use the tables' column names (jsonb_populate_record fills the rows).

/**
 * One person row of the file into the staging table (during the check, while the file is still
 * clean). Its region is the household's village, which may be named on a later row: the commit
 * takes it from the household.
 */
export const stagePersonRow = (
  ctx: Ctx,
  stager: Stager,
  draft: HouseholdDraft,
  r: SheetRow,
  idNumberIdx: string,
  now: string,
) => {
  const c = r.cells;
  const identity = idNumberColumns(ctx.pii, normalizeIdNumber(c.idNumber), idNumberIdx);
  const phone = phoneColumns(ctx.pii, c.phone ?? null);
  return stager.add({
    id: draft.headRow === r.row ? draft.headId : randomUUID(),
    region_code: null,
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
};

/** After a clean check: the households, from the drafts, into the staging table. */
export const stageHouseholds = async (
  ctx: Ctx,
  jobId: string,
  state: CheckState,
  resolveVillage: (t: string) => string | undefined,
) => {
  const now = new Date().toISOString();
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

/**
 * The short all-or-nothing step: the households, then the persons with their household's
 * village, each in one INSERT … SELECT, and one audit row with the counts.
 */
export const commitHouseholdImport = async (tx: Ctx, jobId: string, state: CheckState, fileName: string) => {
  await moveStaged(tx.db, jobId, 'household', 'households');
  await tx.db.execute(sql`
    insert into ${persons}
    select p.* from ${importRows} r
      join households h on h.id = (r.payload->>'household_id')::uuid
      cross join lateral jsonb_populate_record(null::persons, r.payload || jsonb_build_object('region_code', h.region_code)) p
    where r.job_id = ${jobId} and r.kind = 'person' order by r.seq`);
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
