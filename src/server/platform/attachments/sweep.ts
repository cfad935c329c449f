import { or, sql } from 'drizzle-orm';
import type { Db } from '../db/types';
import type { FileStore } from '../files/store';
import { attachments } from './tables';

// Files no attachment row points to: left by an upload whose transaction was refused, or by a
// removed attachment. Only files older than `graceHours` go, so an upload in flight (files stored,
// rows not yet committed) is never taken.

export const SWEPT_FOLDERS = ['attachments/', 'points-evidence/'];

export interface SweepResult {
  scanned: number;
  orphans: string[];
  removed: number;
}

export const sweepOrphanFiles = async (
  db: Db,
  store: FileStore,
  o: { graceHours?: number; dryRun?: boolean; now?: Date } = {},
): Promise<SweepResult> => {
  const cutoff = (o.now ?? new Date()).getTime() - (o.graceHours ?? 24) * 3_600_000;
  const result: SweepResult = { scanned: 0, orphans: [], removed: 0 };
  for (const folder of SWEPT_FOLDERS) {
    const candidates: string[] = [];
    for await (const file of store.list(folder)) {
      result.scanned++;
      if (file.modifiedAt.getTime() < cutoff) candidates.push(file.key);
    }
    // Asked in batches: a county's store may hold hundreds of thousands of files.
    for (let i = 0; i < candidates.length; i += 1000) {
      const batch = candidates.slice(i, i + 1000);
      const list = sql.join(
        batch.map((k) => sql`${k}`),
        sql`, `,
      );
      const used = await db
        .select({ storageKey: attachments.storageKey, thumbKey: attachments.thumbKey })
        .from(attachments)
        .where(or(sql`${attachments.storageKey} in (${list})`, sql`${attachments.thumbKey} in (${list})`));
      const kept = new Set(used.flatMap((u) => [u.storageKey, u.thumbKey]));
      for (const key of batch) {
        if (kept.has(key)) continue;
        result.orphans.push(key);
        if (!o.dryRun) {
          await store.delete(key);
          result.removed++;
        }
      }
    }
  }
  return result;
};
