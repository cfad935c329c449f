import { AppError } from '../errors';
import type { ImportSheetSpec } from './spec';
import { columnLetter } from './spec';

export interface CellError {
  row: number;
  /** Column key; null for a row-level problem. */
  key: string | null;
  message: string;
}

// Keep the first errors for the UI; the annotated file carries every one of them.
const LISTED = 200;

/** Every problem found in an uploaded file, by row and column, with Chinese messages. */
export class ImportErrors {
  readonly byRow = new Map<number, CellError[]>();
  count = 0;

  constructor(private readonly spec: ImportSheetSpec) {}

  add(row: number, key: string | null, message: string): void {
    const list = this.byRow.get(row) ?? [];
    list.push({ row, key, message });
    this.byRow.set(row, list);
    this.count++;
  }

  header(key: string | null): string {
    return this.spec.columns.find((c) => c.key === key)?.header ?? '';
  }

  /** "第12行 D列（身份证号）：身份证号校验位不正确" */
  describe(e: CellError): string {
    const index = this.spec.columns.findIndex((c) => c.key === e.key);
    const where = index >= 0 ? ` ${columnLetter(index + 1)}列（${this.header(e.key)}）` : '';
    return `第${e.row}行${where}：${e.message}`;
  }

  listed(): string[] {
    return [...this.byRow.values()]
      .flat()
      .slice(0, LISTED)
      .map((e) => this.describe(e));
  }
}

/**
 * Runs one of a module's rules (a pure function that throws field errors, e.g. the date rules
 * of the form) on a row's values and notes what it throws on the row's cells (field → column).
 * False when the rule refused.
 */
export const passesRule = (
  errors: ImportErrors,
  row: number,
  columns: Record<string, string>,
  fallback: string,
  rule: () => unknown,
): boolean => {
  try {
    rule();
    return true;
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    const fields = error.fields?.length ? error.fields : [{ path: '', message: error.message }];
    for (const f of fields) errors.add(row, columns[f.path] ?? fallback, f.message);
    return false;
  }
};
