import ExcelJS from 'exceljs';
import { labourCapacity, leftBehind, povertyStatus, relation } from '../contracts/registry/enums';
import { ethnicityName } from '../contracts/registry/ethnicities';
import { HOUSEHOLD_SHEET, householdSheetSpec } from '../server/modules/households/import-spec';
import { generateHousehold } from './households';
import { IdNumberBook } from './id-numbers';
import type { CountyProfile } from './profiles';
import type { Rng } from './random';

// A households workbook as a county clerk would fill it from the import template: one row per
// person, household columns on the head's row. For the import benchmark and the e2e tests.

export interface WorkbookVillage {
  code: string;
  /** "平马镇/广场社区": how the template's drop-down names a village. */
  label: string;
}

const zh = (coded: { labels: Record<string, { zh: string }> }, v: string | null) =>
  v ? coded.labels[v].zh : null;

/** The rows (template column order) of `households` generated households spread over `villages`. */
export function* householdSheetRows(
  rng: Rng,
  profile: CountyProfile,
  villages: WorkbookVillage[],
  households: number,
  today: Date,
  prefix = 'G',
): Generator<(string | number | null)[]> {
  const ids = new IdNumberBook();
  const keys = householdSheetSpec([]).columns.map((c) => c.key);
  for (let n = 1; n <= households; n++) {
    const home = generateHousehold(rng, profile, today);
    const village = villages[n % villages.length];
    const householdNo = `${prefix}${String(n).padStart(7, '0')}`;
    for (const p of home.members) {
      const { idNumber } = ids.next(profile.countyCode, p.birthDate, p.sex);
      const head = p.relation === 'head';
      const cells: Record<string, string | number | null> = {
        householdNo,
        village: head ? village.label : null,
        address: head ? `${village.label.split('/').pop()}${(n % 90) + 1}号` : null,
        povertyStatus: head ? zh(povertyStatus, home.povertyStatus) : null,
        income: head ? home.incomePerCapita : null,
        relocated: head ? (home.relocated ? '是' : '否') : null,
        relocationSite: head && home.relocated ? '县城易地扶贫搬迁安置点' : null,
        helperName: null,
        name: p.name,
        relation: zh(relation, p.relation),
        idNumber,
        ethnicity: ethnicityName(p.ethnicity),
        phone: p.phone,
        labour: zh(labourCapacity, p.labour),
        leftBehind: zh(leftBehind, p.leftBehind),
      };
      yield keys.map((k) => cells[k] ?? null);
    }
  }
}

/** Streams rows into an .xlsx with the template's sheet name and headers; returns the row count. */
export const writeHouseholdWorkbook = async (
  file: string,
  rows: Iterable<(string | number | null)[]>,
): Promise<number> => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const sheet = workbook.addWorksheet(HOUSEHOLD_SHEET);
  const spec = householdSheetSpec([]);
  sheet.addRow(spec.columns.map((c) => (c.required ? `${c.header}*` : c.header))).commit();
  let count = 0;
  for (const row of rows) {
    sheet.addRow(row).commit();
    count++;
  }
  sheet.commit();
  await workbook.commit();
  return count;
};
