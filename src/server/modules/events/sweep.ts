import type { Db } from '../../platform/db/types';
import { escalateDispatchBatch } from './sweep-dispatches';
import { type BatchResult, escalateEventBatch } from './sweep-escalate';
import { warnDueStages } from './sweep-warnings';

// 超期预警与自动上报 (docs/events.md): the server runs this every minute (EVENTS_SWEEP_SECONDS),
// `npm run events:sweep` once. Each batch of stages is one transaction in which every mark
// (warned_at, overdue_at, escalated_at) is a conditional update together with the step it causes,
// so a stage is warned and escalated exactly once across restarts and server instances.

export interface SweepOptions {
  /** The time the sweep acts at (tests and the benchmark pass their own). */
  now?: Date;
  /** Stages per transaction. */
  batch?: number;
}

export interface SweepResult {
  warned: number;
  /** Events the village let run out, now the township's. */
  toTownship: number;
  /** Township stages that ran out: the county's attention. */
  toCounty: number;
  /** Departments' acknowledgements or handling that ran out. */
  departments: number;
}

const drain = async (run: () => Promise<BatchResult>, limit: number, total: SweepResult): Promise<void> => {
  for (;;) {
    const b = await run();
    total.toTownship += b.toTownship;
    total.toCounty += b.toCounty;
    total.departments += b.departments;
    // A full batch may have more behind it; its stages are marked (or closed), so the next
    // query starts after them.
    if (b.seen < limit) return;
  }
};

export const sweepDeadlines = async (db: Db, o: SweepOptions = {}): Promise<SweepResult> => {
  const now = o.now ?? new Date();
  const limit = o.batch ?? 500;
  const total: SweepResult = { warned: 0, toTownship: 0, toCounty: 0, departments: 0 };
  total.warned = await warnDueStages(db, now, limit);
  await drain(() => escalateEventBatch(db, now, limit), limit, total);
  await drain(() => escalateDispatchBatch(db, now, limit), limit, total);
  return total;
};
