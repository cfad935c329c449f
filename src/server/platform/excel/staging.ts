import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/types';
import { importRows } from './tables';

const CHUNK = 1000;

/** Buffers staged rows and writes them in chunks, each its own short statement (no long transaction). */
export class Stager {
  private buffer: Record<string, unknown>[] = [];
  private seq = 0;

  constructor(
    private readonly db: Db,
    private readonly jobId: string,
    private readonly kind: string,
  ) {}

  async add(row: Record<string, unknown>): Promise<void> {
    this.buffer.push(row);
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const rows = this.buffer.map((payload) => ({
      jobId: this.jobId,
      kind: this.kind,
      seq: ++this.seq,
      payload,
    }));
    this.buffer = [];
    await this.db.insert(importRows).values(rows);
  }
}

/**
 * Moves a job's staged rows of one kind into `table` in one statement; the payload keys are the
 * table's column names, so `jsonb_populate_record` fills the row. Run it inside the short
 * commit transaction.
 */
export const moveStaged = async (tx: Db, jobId: string, kind: string, table: string): Promise<void> => {
  const t = sql.identifier(table);
  await tx.execute(sql`
    insert into ${t}
    select (jsonb_populate_record(null::${t}, r.payload)).*
    from ${importRows} r where r.job_id = ${jobId} and r.kind = ${kind} order by r.seq`);
};

export const clearStaged = (db: Db, jobId: string, kind?: string) =>
  db.delete(importRows).where(and(eq(importRows.jobId, jobId), kind ? eq(importRows.kind, kind) : undefined));
