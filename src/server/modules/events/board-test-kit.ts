import type { Department } from '../../../contracts/roles';
import { newId } from '../../platform/auth/session';
import { childrenOf } from '../regions/region-view';
import { category, h, regions } from './events-test-kit';
import {
  type DispatchStatus,
  type EventStatus,
  eventDispatches,
  eventStages,
  events,
  type StageKind,
  type StageOutcome,
  type StageOwner,
} from './tables';

// Rows for the KPI board tests, inserted directly with known times so each figure can be worked
// out by hand: events, their stages and their dispatches. Times are China time (UTC+8).

let serial = 90_000;

/** An instant given as China local time: at('2026-03-02 09:00'). */
export const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);
/** The end of a China day (24:00), as stage deadlines in working days fall. */
export const endOf = (day: string) => new Date(Date.parse(`${day}T00:00:00+08:00`) + 86_400_000);

export interface EventSpec {
  village: string;
  status: EventStatus;
  reportedAt: Date;
  closedAt?: Date;
  rating?: number;
  redoCount?: number;
  reporterName?: string;
  description?: string;
  address?: string;
  lat?: number;
  lng?: number;
  householdId?: string;
  categoryCode?: string;
  county?: string;
}

export const insertEvent = async (spec: EventSpec) => {
  const cat = await category(spec.categoryCode ?? 'E05', spec.county ?? regions.county).catch(() =>
    category(spec.categoryCode ?? 'E05'),
  );
  const [row] = await h.services.database.db
    .insert(events)
    .values({
      id: newId(),
      regionCode: spec.village,
      serial: serial++,
      year: spec.reportedAt.getUTCFullYear(),
      categoryId: cat.id,
      categoryCode: cat.code,
      source: 'villager',
      title: '测试事件',
      description: spec.description ?? '村道坑洼需要修补',
      status: spec.status,
      level: 'village',
      reporterName: spec.reporterName ?? null,
      reportedAt: spec.reportedAt,
      closedAt: spec.closedAt ?? null,
      rating: spec.rating ?? null,
      redoCount: spec.redoCount ?? 0,
      address: spec.address ?? null,
      lat: spec.lat ?? null,
      lng: spec.lng ?? null,
      householdId: spec.householdId ?? null,
    })
    .returning();
  return row;
};

export interface StageSpec {
  kind: StageKind;
  owner: StageOwner;
  startedAt: Date;
  dueAt: Date | null;
  endedAt?: Date;
  outcome?: StageOutcome;
  workingDays?: number;
  dispatchId?: string;
}

export const insertStage = async (event: { id: string; regionCode: string }, spec: StageSpec) => {
  const [row] = await h.services.database.db
    .insert(eventStages)
    .values({
      id: newId(),
      regionCode: event.regionCode,
      eventId: event.id,
      dispatchId: spec.dispatchId ?? null,
      kind: spec.kind,
      owner: spec.owner,
      startedAt: spec.startedAt,
      dueAt: spec.dueAt,
      endedAt: spec.endedAt ?? null,
      outcome: spec.endedAt ? (spec.outcome ?? 'done') : null,
      workingDays: spec.endedAt ? (spec.workingDays ?? 0) : null,
    })
    .returning();
  return row;
};

export const insertDispatch = async (
  event: { id: string; regionCode: string },
  department: Department,
  status: DispatchStatus,
  sentAt: Date,
) => {
  const [row] = await h.services.database.db
    .insert(eventDispatches)
    .values({ id: newId(), regionCode: event.regionCode, eventId: event.id, department, status, sentAt })
    .returning();
  return row;
};

/** The second village of the caller's own township (ownVillage is the first). */
export const secondVillage = async () => {
  const other = (await childrenOf(h.services.database.db, regions.ownTownship.code)).find(
    (r) => r.level === 'village' && r.code !== regions.ownVillage.code,
  );
  if (!other) throw new Error('the test township has one village only');
  return other;
};

const FAR = new Date('2099-12-31T00:00:00Z');

/**
 * The board tests' county (docs/events.md §考核与公开晾晒 works the figures out from these):
 * village A = ownVillage, B = a second village of ownTownship, C = otherVillage (otherTownship),
 * and one event in another county. Period 2026-03-01 … 2026-03-31 (no holiday in March 2026).
 */
export const seedBoard = async () => {
  const A = regions.ownVillage.code;
  const B = (await secondVillage()).code;
  const C = regions.otherVillage.code;
  const person = { reporterName: '韦秀英', description: '邻居打我，电话13907781234，家住坡头屯5号' };
  const e1 = await insertEvent({
    village: A,
    status: 'rated',
    rating: 5,
    reportedAt: at('2026-03-02 09:00'),
    closedAt: at('2026-03-04 15:00'),
    ...person,
  });
  await insertStage(e1, {
    kind: 'accept',
    owner: 'village',
    startedAt: e1.reportedAt,
    dueAt: endOf('2026-03-03'),
    endedAt: at('2026-03-02 10:00'),
    workingDays: 0.5,
  });
  await insertStage(e1, {
    kind: 'village',
    owner: 'village',
    startedAt: at('2026-03-02 10:00'),
    dueAt: endOf('2026-03-05'),
    endedAt: at('2026-03-04 15:00'),
    workingDays: 2,
  });
  const e2 = await insertEvent({
    village: A,
    status: 'closed',
    redoCount: 1,
    reportedAt: at('2026-03-06 12:00'),
    closedAt: at('2026-03-09 18:00'),
  });
  await insertStage(e2, {
    kind: 'accept',
    owner: 'village',
    startedAt: e2.reportedAt,
    dueAt: endOf('2026-03-06'),
    endedAt: at('2026-03-09 09:00'),
    workingDays: 1,
  });
  await insertStage(e2, {
    kind: 'village',
    owner: 'village',
    startedAt: at('2026-03-09 09:00'),
    dueAt: endOf('2026-03-12'),
    endedAt: at('2026-03-09 18:00'),
    workingDays: 3,
  });
  const e3 = await insertEvent({
    village: A,
    status: 'village',
    reportedAt: at('2026-03-10 09:00'),
    address: '坡头屯5号',
    lat: 23.1,
    lng: 106.4,
    ...person,
  });
  await insertStage(e3, {
    kind: 'accept',
    owner: 'village',
    startedAt: e3.reportedAt,
    dueAt: endOf('2026-03-11'),
    endedAt: at('2026-03-10 12:00'),
    workingDays: 1,
  });
  await insertStage(e3, {
    kind: 'village',
    owner: 'village',
    startedAt: at('2026-03-10 12:00'),
    dueAt: endOf('2026-03-12'),
  });
  const e4 = await insertEvent({ village: A, status: 'township', reportedAt: at('2026-03-12 09:00') });
  await insertStage(e4, {
    kind: 'accept',
    owner: 'village',
    startedAt: e4.reportedAt,
    dueAt: endOf('2026-03-13'),
    endedAt: at('2026-03-16 00:01'),
    outcome: 'escalated',
    workingDays: 1,
  });
  await insertStage(e4, {
    kind: 'township',
    owner: 'township',
    startedAt: at('2026-03-16 00:01'),
    dueAt: FAR,
  });
  const draft = await insertEvent({ village: A, status: 'draft', reportedAt: at('2026-03-12 10:00') });
  const april = await insertEvent({ village: A, status: 'village', reportedAt: at('2026-04-05 10:00') });
  await insertStage(april, {
    kind: 'village',
    owner: 'village',
    startedAt: april.reportedAt,
    dueAt: endOf('2026-04-08'),
  });
  const e7 = await insertEvent({ village: A, status: 'withdrawn', reportedAt: at('2026-03-13 09:00') });
  await insertStage(e7, {
    kind: 'accept',
    owner: 'village',
    startedAt: e7.reportedAt,
    dueAt: endOf('2026-03-16'),
    endedAt: at('2026-03-13 10:00'),
    outcome: 'cancelled',
    workingDays: 0.04,
  });

  const e8 = await insertEvent({
    village: B,
    status: 'dispatched',
    reportedAt: at('2026-03-03 09:00'),
    reporterName: '黄志强',
    description: '身份证号452626199001011234的低保户',
  });
  await insertStage(e8, {
    kind: 'accept',
    owner: 'village',
    startedAt: e8.reportedAt,
    dueAt: endOf('2026-03-04'),
    endedAt: at('2026-03-03 11:00'),
    workingDays: 0.2,
  });
  await insertStage(e8, {
    kind: 'township',
    owner: 'township',
    startedAt: at('2026-03-03 11:00'),
    dueAt: endOf('2026-03-06'),
    endedAt: at('2026-03-04 11:00'),
    workingDays: 1,
  });
  const d1 = await insertDispatch(e8, 'civil_affairs', 'acknowledged', at('2026-03-04 11:00'));
  await insertStage(e8, {
    kind: 'acknowledge',
    owner: 'civil_affairs',
    dispatchId: d1.id,
    startedAt: d1.sentAt,
    dueAt: endOf('2026-03-05'),
    endedAt: at('2026-03-04 16:00'),
    workingDays: 0.5,
  });
  await insertStage(e8, {
    kind: 'handle',
    owner: 'civil_affairs',
    dispatchId: d1.id,
    startedAt: at('2026-03-04 16:00'),
    dueAt: endOf('2026-03-20'),
  });
  const d2 = await insertDispatch(e8, 'housing', 'sent', at('2026-03-04 11:00'));
  await insertStage(e8, {
    kind: 'acknowledge',
    owner: 'housing',
    dispatchId: d2.id,
    startedAt: d2.sentAt,
    dueAt: FAR,
  });
  const e9 = await insertEvent({
    village: B,
    status: 'rated',
    rating: 4,
    reportedAt: at('2026-03-04 08:00'),
    closedAt: at('2026-03-05 20:00'),
  });
  await insertStage(e9, {
    kind: 'township',
    owner: 'township',
    startedAt: e9.reportedAt,
    dueAt: endOf('2026-03-06'),
    endedAt: at('2026-03-04 12:00'),
    workingDays: 0.5,
  });
  const d3 = await insertDispatch(e9, 'civil_affairs', 'handled', at('2026-03-04 12:00'));
  await insertStage(e9, {
    kind: 'acknowledge',
    owner: 'civil_affairs',
    dispatchId: d3.id,
    startedAt: d3.sentAt,
    dueAt: endOf('2026-03-04'),
    endedAt: at('2026-03-05 10:00'),
    workingDays: 1,
  });
  await insertStage(e9, {
    kind: 'handle',
    owner: 'civil_affairs',
    dispatchId: d3.id,
    startedAt: at('2026-03-05 10:00'),
    dueAt: endOf('2026-03-06'),
    endedAt: at('2026-03-05 16:00'),
    workingDays: 0.25,
  });
  const d4 = await insertDispatch(e9, 'housing', 'cancelled', at('2026-03-04 12:00'));
  await insertStage(e9, {
    kind: 'acknowledge',
    owner: 'housing',
    dispatchId: d4.id,
    startedAt: d4.sentAt,
    dueAt: endOf('2026-03-05'),
    endedAt: at('2026-03-04 13:00'),
    outcome: 'cancelled',
    workingDays: 0.1,
  });
  await insertStage(e9, {
    kind: 'review',
    owner: 'township',
    startedAt: at('2026-03-05 16:00'),
    dueAt: endOf('2026-03-06'),
    endedAt: at('2026-03-05 20:00'),
    workingDays: 0.25,
  });

  const e10 = await insertEvent({
    village: C,
    status: 'reported',
    reportedAt: at('2026-03-05 09:00'),
    reporterName: '陆美玲',
    description: '请联系我 0776-7212345',
    address: '那坡村委旁',
  });
  await insertStage(e10, {
    kind: 'accept',
    owner: 'village',
    startedAt: e10.reportedAt,
    dueAt: endOf('2026-03-06'),
  });
  const away = await insertEvent({
    village: regions.otherCountyVillage.code,
    county: regions.otherCounty,
    status: 'village',
    reportedAt: at('2026-03-05 09:00'),
  });
  await insertStage(away, {
    kind: 'village',
    owner: 'village',
    startedAt: away.reportedAt,
    dueAt: endOf('2026-03-06'),
  });
  return { A, B, C, e1, e2, e3, e4, draft, april, e7, e8, e9, e10, away };
};
