import type { z } from 'zod';
import { writeAudit } from '../audit/write';
import { type Ctx, inTransaction } from '../context';
import { AppError } from '../errors';
import type { ImportErrors } from './import-errors';
import type { SheetRow } from './read';
import type { Importer } from './run-import';
import type { ImportSheetSpec } from './spec';

// Registries of thousands of rows (party organizations, members, cadres, grids, talents) import
// through their own create use cases, so an imported row passes exactly the rules a form does:
// pass 1 turns each row into a create body (cells, look-ups, duplicates in the file); the commit
// runs every create in one transaction, each in its own savepoint, collects what any row breaks,
// and rolls everything back if a single row failed. Households (100k rows) stage instead.

/** Thrown from a commit whose rows broke rules: the framework rolls back and writes the error file. */
export class RowsRejected extends Error {
  constructor() {
    super('rows rejected');
  }
}

export interface RowDraft<B> {
  row: number;
  body: B;
}

export interface RowImporter<B, L> {
  registry: string;
  spec: ImportSheetSpec;
  /** Audit action of the one summary row, e.g. 'member.import'. */
  action: string;
  entity: string;
  /** Reference data read once per file (branches in scope by name …) plus per-file state. */
  lookups(ctx: Ctx): Promise<L>;
  /** One row → the create body; problems go to `errors` (row, column key, Chinese message). */
  toBody(ctx: Ctx, row: SheetRow, lookups: L, errors: ImportErrors): Promise<B | undefined>;
  /** Creates one record inside the import's transaction (the module's own use case). */
  create(tx: Ctx, body: B, lookups: L): Promise<unknown>;
  /** Which column a use case's field error belongs to: { personId: 'idNumber', orgId: 'org' }. */
  fieldColumns: Record<string, string>;
  /** The column a row-level error without a known field is shown in. */
  defaultColumn: string;
}

interface RowState<B, L> {
  drafts: RowDraft<B>[];
  lookups: L;
}

/** A row's problem from a use case's error: its field errors on their columns, else the message. */
const addUseCaseError = (
  errors: ImportErrors,
  row: number,
  error: unknown,
  columns: Record<string, string>,
  fallback: string,
) => {
  if (!(error instanceof AppError) || error.status >= 500) throw error;
  const fields = error.fields ?? [];
  if (fields.length === 0) errors.add(row, fallback, error.message);
  for (const f of fields) errors.add(row, columns[f.path.split('.')[0]] ?? fallback, f.message);
};

/** A registry's row importer as the framework's `Importer`. */
export const rowImporter = <B, L>(r: RowImporter<B, L>, fileName: string): Importer<RowState<B, L>> => ({
  registry: r.registry,
  spec: r.spec,
  singlePass: true,
  async check(ctx, rows, errors, progress) {
    const lookups = await r.lookups(ctx);
    const drafts: RowDraft<B>[] = [];
    let count = 0;
    for await (const row of rows) {
      const body = await r.toBody(ctx, row, lookups, errors);
      // Once a row has failed the file is refused: keep no more bodies (a file of junk stays small).
      if (body !== undefined && errors.count === 0) drafts.push({ row: row.row, body });
      await progress(++count);
    }
    return { drafts, lookups };
  },
  async commit(tx, _jobId, state, errors) {
    for (const draft of state.drafts) {
      try {
        // A savepoint per row: a broken row is undone alone and the others are still checked.
        await inTransaction(tx, (sp) => r.create(sp, draft.body, state.lookups) as Promise<unknown>);
      } catch (error) {
        addUseCaseError(errors, draft.row, error, r.fieldColumns, r.defaultColumn);
      }
    }
    if (errors.count > 0) throw new RowsRejected();
    const counts = { [r.registry]: state.drafts.length };
    await writeAudit(tx.db, tx, {
      action: r.action,
      entity: r.entity,
      regionCode: tx.actor.scopeCode,
      diff: { file: fileName, ...counts },
    });
    return counts;
  },
});

/** Zod issues of a body as cell errors, through the same field → column map. */
export const addZodIssues = (
  errors: ImportErrors,
  row: number,
  issues: z.core.$ZodIssue[],
  columns: Record<string, string>,
  fallback: string,
) => {
  for (const issue of issues) errors.add(row, columns[String(issue.path[0])] ?? fallback, issue.message);
};
