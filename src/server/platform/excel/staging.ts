import { and, eq, sql } from 'drizzle-orm';
import { bulkCopyOf } from '../db/bulk';
import { csvLine } from '../db/csv';
import type { Db } from '../db/types';
import { importRows } from './tables';

const CHUNK = 1000;

/**
 * Buffers staged rows and writes them in chunks, each its own short statement (no long
 * transaction): by COPY when the database offers it, else by INSERT.
 */
export class Stager {
  private buffer: Record<string, unknown>[] = [];
  private seq = 0;
  /** The chunk being written while the next one fills (one at a time). */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly jobId: string,
    private readonly kind: string,
  ) {}

  async add(row: Record<string, unknown>): Promise<void> {
    this.buffer.push(row);
    if (this.buffer.length >= CHUNK) await this.send();
  }

  /** Writes what is buffered and waits until every chunk is in. */
  async flush(): Promise<void> {
    await this.send();
    await this.writing;
  }

  /** Starts writing the buffer once the previous chunk is in; the caller reads on meanwhile. */
  private async send(): Promise<void> {
    await this.writing;
    if (this.buffer.length === 0) return;
    const rows = this.buffer;
    this.buffer = [];
    const first = this.seq + 1;
    this.seq += rows.length;
    this.writing = this.write(rows, first);
    // Handled here so a failure waits for the next send/flush, which rethrows it.
    this.writing.catch(() => {});
  }

  private async write(rows: Record<string, unknown>[], first: number): Promise<void> {
    const copy = bulkCopyOf(this.db);
    if (copy) {
      let text = '';
      rows.forEach((payload, i) => {
        text += csvLine([this.jobId, this.kind, first + i, JSON.stringify(payload)]);
      });
      await copy('import_rows', ['job_id', 'kind', 'seq', 'payload'], [text]);
      return;
    }
    await this.db
      .insert(importRows)
      .values(rows.map((payload, i) => ({ jobId: this.jobId, kind: this.kind, seq: first + i, payload })));
  }
}

/**
 * Moves a job's staged rows of one kind into `table` in one statement; the payload keys are the
 * table's column names, so `jsonb_populate_record` fills the row (once per row: a LATERAL call,
 * not `(f(x)).*`, which PostgreSQL evaluates once per column). Rows go in file order. Run it
 * inside the short commit transaction.
 */
export const moveStaged = async (tx: Db, jobId: string, kind: string, table: string): Promise<void> => {
  const t = sql.identifier(table);
  await tx.execute(sql`
    insert into ${t}
    select p.* from ${importRows} r cross join lateral jsonb_populate_record(null::${t}, r.payload) p
    where r.job_id = ${jobId} and r.kind = ${kind} order by r.seq`);
};

export const clearStaged = (db: Db, jobId: string, kind?: string) =>
  db.delete(importRows).where(and(eq(importRows.jobId, jobId), kind ? eq(importRows.kind, kind) : undefined));
