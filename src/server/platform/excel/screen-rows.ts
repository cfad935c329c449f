import type { ImportErrors } from './import-errors';
import type { SheetRow } from './read';

/** How many data rows the file had, whatever became of them (the job's totalRows). */
export interface RowTally {
  rows: number;
}

/**
 * Counts every data row, and notes the cells the reader could not read (a formula without its
 * result …) as errors on their cells; such a row goes no further, so the registry never sees a
 * value that is not what the clerk sees.
 */
export async function* screenRows(
  rows: AsyncIterable<SheetRow>,
  errors: ImportErrors,
  tally: RowTally,
): AsyncGenerator<SheetRow> {
  for await (const row of rows) {
    tally.rows++;
    if (row.problems.length === 0) {
      yield row;
      continue;
    }
    for (const p of row.problems) errors.add(row.row, p.key, p.message);
  }
}

/** The message of a job whose sheet has no data rows (an untouched template). */
export const noDataRows = (sheet: string) =>
  `工作表“${sheet}”中没有数据行：请从第2行起每行填写一条记录后再导入（上传的似乎是未填写的模板）`;
