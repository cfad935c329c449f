import { AppError } from '../errors';
import type { ImportSheetSpec } from './spec';
import { columnLetter } from './spec';

export interface CellError {
  row: number;
  /** Column key; null for a row-level problem. */
  key: string | null;
  message: string;
}

// Keep the first errors for the UI; the annotated file carries up to `limit` of them.
const LISTED = 200;
export const DEFAULT_ERROR_LIMIT = 1000;

/**
 * Every problem found in an uploaded file, by row and column, with Chinese messages. Only the
 * first `limit` are kept (a file of junk must not fill the memory); past them only `count` goes
 * on, and the errors of the row being checked, which importers look at through `byRow`.
 */
export class ImportErrors {
  private readonly kept = new Map<number, CellError[]>();
  private latest: { row: number; errors: CellError[] } = { row: 0, errors: [] };
  count = 0;
  /** How many errors are kept (listed in the annotated file). */
  shown = 0;

  constructor(
    private readonly spec: ImportSheetSpec,
    readonly limit = DEFAULT_ERROR_LIMIT,
  ) {}

  add(row: number, key: string | null, message: string): void {
    const error = { row, key, message };
    this.count++;
    if (this.latest.row !== row) this.latest = { row, errors: [...(this.kept.get(row) ?? [])] };
    this.latest.errors.push(error);
    if (this.shown >= this.limit) return;
    const kept = this.kept.get(row) ?? [];
    kept.push(error);
    this.kept.set(row, kept);
    this.shown++;
  }

  /** Errors past the limit: counted, not kept. */
  get more(): number {
    return this.count - this.shown;
  }

  /** A row's errors: all of them for the row being checked, the kept ones for earlier rows. */
  readonly byRow = {
    get: (row: number): CellError[] | undefined =>
      row === this.latest.row ? this.latest.errors : this.kept.get(row),
  };

  /** The kept errors of a row, for the annotated file. */
  keptFor(row: number): CellError[] {
    return this.kept.get(row) ?? [];
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
    return [...this.kept.values()]
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
