import type { Department } from '../contracts/roles';
import { WARN_FRACTION } from '../server/modules/events/calendar';
import type {
  eventCategories,
  eventDispatches,
  eventStages,
  events,
  StageKind,
  StageOutcome,
  StageOwner,
} from '../server/modules/events/tables';
import type { FastCalendar } from './events-calendar';
import type { Rng } from './random';

// One generated event's life, stage by stage, as the workflow of docs/events.md would have left it
// on `today`: each stage gets its deadline from the category's limit on the county calendar, takes
// a drawn time (mostly within the limit, some late, a few stuck for weeks), and ends with the step
// the workflow takes next. The sweep's marks are set as a sweep running every minute would have
// set them, except in the last `backlog` before today (a sweep that has not run since then), so
// the escalation benchmark has real work left. A stage still running on `today` stays open.

type Category = Pick<
  typeof eventCategories.$inferSelect,
  'id' | 'code' | 'handlingLevel' | 'departments' | 'limits'
>;
export type EventRow = typeof events.$inferInsert;
export type StageRow = typeof eventStages.$inferInsert;
export type DispatchRow = typeof eventDispatches.$inferInsert;

export interface LifeInput {
  rng: Rng;
  /** Row ids: from the county's own stream (a per-event stream's 32-bit seed may repeat). */
  newId: () => string;
  calendar: FastCalendar;
  category: Category;
  event: EventRow & { id: string; regionCode: string; reportedAt: Date };
  /** The instant the data set ends; `sweptUntil`: the sweep's last run (≤ today). */
  today: number;
  sweptUntil: number;
}

export interface Life {
  event: EventRow;
  stages: StageRow[];
  dispatches: DispatchRow[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SWEEP_LAG = 60_000;

/** Chance that a stage of each kind runs past its deadline. */
const LATE: Record<StageKind, number> = {
  accept: 0.04,
  village: 0.08,
  township: 0.1,
  acknowledge: 0.06,
  handle: 0.12,
  review: 0.05,
};

/** Ratings 1–5, skewed high. */
const RATINGS: [number, number][] = [
  [5, 55],
  [4, 27],
  [3, 10],
  [2, 5],
  [1, 3],
];

export const simulateLife = (input: LifeInput): Life => {
  const { rng, newId, calendar, category, event, today, sweptUntil } = input;
  const stages: StageRow[] = [];
  const dispatches: DispatchRow[] = [];
  const e: EventRow = { ...event, escalations: 0, redoCount: 0, updatedAt: event.reportedAt };
  // The sweep has asked the county to look at this event (level county while it is open).
  let countyLooks = false;

  interface Ran {
    row: StageRow;
    /** When it ended; null while it runs on `today`. */
    end: number | null;
    /** The sweep ended it at its deadline by escalating it (accept and village stages). */
    swept: boolean;
  }

  /** Runs one stage from `start`; `ends` says how it ends when it ends by itself. */
  const run = (
    kind: StageKind,
    owner: StageOwner,
    start: number,
    outcome: StageOutcome,
    dispatchId?: string,
  ) => {
    const limit = category.limits[kind] ?? null;
    const startedAt = new Date(start);
    const due = limit ? calendar.due(start, limit) : null;
    const span = due ? due - start : 2 * DAY;
    const late = rng.chance(LATE[kind]);
    // Late: mostly by a few days, some stuck for weeks, a few forgotten for months.
    const lateBy = rng.weighted<[number, number]>([
      [[0.05, 3], 75],
      [[3, 40], 20],
      [[40, 200], 5],
    ]);
    const took = Math.round(
      late
        ? span + (lateBy[0] + rng.float() * (lateBy[1] - lateBy[0])) * DAY
        : span * (0.05 + rng.float() * 0.9),
    );
    let end: number | null = start + took;
    // warnAt() of calendar.ts.
    const warn = due ? start + Math.round((due - start) * WARN_FRACTION) : null;
    const sweepable = kind === 'accept' || kind === 'village';
    // The sweep escalates an overdue accept/village stage of the village at its deadline.
    const swept =
      sweepable && owner === 'village' && due != null && end > due && due + SWEEP_LAG <= sweptUntil;
    if (swept && due) end = due + SWEEP_LAG;
    if (end >= today) end = null;
    const until = Math.min(end ?? Number.POSITIVE_INFINITY, sweptUntil);
    const marked = (at: number | null) =>
      at != null && at + SWEEP_LAG <= until ? new Date(at + SWEEP_LAG) : null;
    const row: StageRow = {
      id: newId(),
      regionCode: e.regionCode,
      eventId: e.id as string,
      dispatchId: dispatchId ?? null,
      kind,
      owner,
      limit,
      startedAt,
      dueAt: due ? new Date(due) : null,
      warnAt: warn ? new Date(warn) : null,
      warnedAt: marked(warn),
      overdueAt: marked(due),
      escalatedAt: marked(due),
      endedAt: end == null ? null : new Date(end),
      outcome: end == null ? null : swept ? 'escalated' : outcome,
      workingDays: end == null ? null : calendar.workingDays(start, end),
    };
    stages.push(row);
    // As the sweep counts them: one per escalated stage; a township's or department's asks the county to look.
    if (row.escalatedAt) {
      e.escalations = (e.escalations ?? 0) + 1;
      if (!(sweepable && owner === 'village')) countyLooks = true;
    }
    if (end != null) e.updatedAt = new Date(end);
    return { row, end, swept } satisfies Ran;
  };

  /** The event waits in `status` at `level` on this open stage (mirrored on the event's row). */
  const waitOn = (ran: Ran, status: EventRow['status'], level: EventRow['level']): Life => {
    e.status = status;
    e.level = countyLooks ? 'county' : level;
    if (!ran.row.dispatchId) {
      e.stageKind = ran.row.kind;
      e.stageStartedAt = ran.row.startedAt;
      e.stageDueAt = ran.row.dueAt;
      e.stageWarnAt = ran.row.warnAt;
    }
    return { event: e, stages, dispatches };
  };
  const finish = (status: EventRow['status'], level: EventRow['level']): Life => {
    e.status = status;
    e.level = level;
    return { event: e, stages, dispatches };
  };

  /** Departments report for duty and handle; the township reviews. Returns the end, or a Life when open. */
  const dispatch = (start: number): number | Life => {
    const chosen = category.departments.slice(0, rng.chance(0.2) && category.departments.length > 1 ? 2 : 1);
    const open: Ran[] = [];
    let last = start;
    let handled = 0;
    for (const department of chosen as Department[]) {
      const d: DispatchRow = {
        id: newId(),
        regionCode: e.regionCode,
        eventId: e.id as string,
        department,
        status: 'sent',
        round: 1,
        sentAt: new Date(start),
      };
      dispatches.push(d);
      const returned = rng.chance(0.03);
      const ack = run('acknowledge', department, start, returned ? 'returned' : 'done', d.id);
      d.ackDueAt = ack.row.dueAt;
      if (ack.end == null) {
        open.push(ack);
        continue;
      }
      if (returned) {
        d.status = 'returned';
        d.reason = '不属于本部门职责，请改派';
        last = Math.max(last, ack.end);
        continue;
      }
      d.status = 'acknowledged';
      d.acknowledgedAt = new Date(ack.end);
      const handle = run('handle', department, ack.end, 'done', d.id);
      d.handleDueAt = handle.row.dueAt;
      if (handle.end == null) {
        open.push(handle);
        continue;
      }
      d.status = 'handled';
      d.handledAt = new Date(handle.end);
      d.result = '已现场处置，附处置照片';
      handled++;
      last = Math.max(last, handle.end);
    }
    if (open.length) return waitOn(open[0], 'dispatched', 'department');
    // Every department returned its dispatch: the township handles it itself.
    if (handled === 0) {
      const again = run('township', 'township', last, 'done');
      return again.end == null ? waitOn(again, 'township', 'township') : again.end;
    }
    const review = run('review', 'township', last, 'done');
    return review.end == null ? waitOn(review, 'reviewing', 'township') : review.end;
  };

  /** The township's part: dispatch to departments (吹哨) or handle it; the end, or a Life when open. */
  const township = (start: number, mustDispatch: boolean): number | Life => {
    const blows = category.departments.length > 0 && (mustDispatch || rng.chance(0.6));
    const own = run('township', 'township', start, 'done');
    if (own.end == null) return waitOn(own, 'township', 'township');
    return blows ? dispatch(own.end) : own.end;
  };

  /** Handling from acceptance to closing; `redo` handles a reopened event at the level that closed it. */
  const handle = (
    start: number,
    at: 'village' | 'township',
  ): { end: number; by: 'village' | 'township' } | Life => {
    if (at === 'village') {
      const escalates = rng.chance(0.2);
      const v = run('village', 'village', start, escalates ? 'escalated' : 'done');
      if (v.end == null) return waitOn(v, 'village', 'village');
      if (!escalates && !v.swept) return { end: v.end, by: 'village' };
      start = v.end;
    }
    const t = township(start, category.handlingLevel === 'department');
    return typeof t === 'number' ? { end: t, by: 'township' } : t;
  };

  // Reported → accepted (or returned, merged, withdrawn) by the village or the township.
  const acceptOwner = category.handlingLevel === 'township' ? 'township' : 'village';
  const fate = rng.float();
  const stop = fate < 0.03 ? 'returned' : fate < 0.04 ? 'withdrawn' : null;
  const accept = run(
    'accept',
    acceptOwner,
    event.reportedAt.getTime(),
    stop ? (stop.replace('withdrawn', 'cancelled') as StageOutcome) : 'done',
  );
  if (accept.end == null) return waitOn(accept, 'reported', acceptOwner);
  if (stop && !accept.swept) {
    e.reason = stop === 'returned' ? '不属于网格事件受理范围，请拨打 12345' : null;
    return finish(stop, acceptOwner);
  }
  e.acceptedAt = new Date(accept.end);
  const level = accept.swept || category.handlingLevel !== 'village' ? 'township' : 'village';
  let done = handle(accept.end, level);
  if (!('end' in done)) return done;
  for (;;) {
    e.closedAt = new Date(done.end);
    const ratedAt = done.end + Math.round((0.2 + rng.float() * 4) * DAY);
    if (!rng.chance(0.85) || ratedAt >= today) return finish('closed', done.by);
    const rating = (e.redoCount ?? 0) > 0 ? rng.weighted(RATINGS.slice(0, 3)) : rng.weighted(RATINGS);
    e.rating = rating;
    e.ratedAt = new Date(ratedAt);
    e.updatedAt = e.ratedAt;
    if (rating > 2 || (e.redoCount ?? 0) > 0) return finish('rated', done.by);
    // 返工: a rating of 1–2 reopens it once where it was closed.
    e.redoCount = 1;
    e.rating = null;
    e.ratedAt = null;
    e.closedAt = null;
    done = handle(ratedAt, done.by);
    if (!('end' in done)) return done;
  }
};
