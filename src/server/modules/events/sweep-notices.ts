import { DEPARTMENT_LABELS, type Department } from '../../../contracts/roles';
import type { Db } from '../../platform/db/types';
import { notify, type Recipients } from '../../platform/notifications/notify';
import type { StageKind, StageOwner } from './tables';

// What the deadline sweep tells people: the owner of a stage near its deadline, and the level an
// overdue stage goes up to. Each notice carries a dedupe key of its stage, so even a notice written
// twice by mistake reaches a person once.

export interface SweptEvent {
  id: string;
  regionCode: string;
  title: string;
}

const STAGE_VERBS: Record<StageKind, string> = {
  accept: '受理',
  village: '办理',
  township: '办理',
  acknowledge: '报到',
  handle: '办结',
  review: '审核',
};

const isDepartment = (owner: StageOwner): owner is Department => Object.hasOwn(DEPARTMENT_LABELS, owner);

/** The accounts that own a stage: the village's cadres, the township, the county, a department. */
export const ownerRecipients = (owner: StageOwner): Recipients => {
  if (owner === 'village') return { roles: ['village', 'stationed_cadre'] };
  if (owner === 'township') return { roles: ['township'] };
  if (owner === 'county') return { roles: ['county_admin'] };
  return isDepartment(owner) ? { departments: [owner] } : {};
};

export const ownerName = (owner: StageOwner): string =>
  owner === 'village'
    ? '村'
    : owner === 'township'
      ? '乡镇'
      : owner === 'county'
        ? '县'
        : isDepartment(owner)
          ? DEPARTMENT_LABELS[owner].zh
          : owner;

const beijingTime = (at: Date) =>
  new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

const linkOf = (event: SweptEvent) => `/events/${event.id}`;

const base = (event: SweptEvent) => ({
  regionCode: event.regionCode,
  link: linkOf(event),
  recordKind: 'event',
  recordId: event.id,
});

export const noticeWarning = (
  db: Db,
  event: SweptEvent,
  stage: { id: string; kind: StageKind; owner: StageOwner; dueAt: Date },
) =>
  notify(
    db,
    {
      ...base(event),
      kind: 'event_deadline_warning',
      title: `「${event.title}」即将超期：请于 ${beijingTime(stage.dueAt)} 前${STAGE_VERBS[stage.kind]}`,
      dedupeKey: `event-stage-warn:${stage.id}`,
    },
    ownerRecipients(stage.owner),
  );

/** A village's accept or handling stage ran out: the event is now the township's. */
export const noticeToTownship = (db: Db, event: SweptEvent, stage: { id: string; kind: StageKind }) =>
  notify(
    db,
    {
      ...base(event),
      kind: 'event_escalated',
      title: `「${event.title}」村级超期未${STAGE_VERBS[stage.kind]}，已自动上报乡镇`,
      dedupeKey: `event-stage-escalate:${stage.id}`,
    },
    { roles: ['township'] },
  );

/** A township's stage ran out: the county is asked to look at it. */
export const noticeToCounty = (db: Db, event: SweptEvent, stage: { id: string; kind: StageKind }) =>
  notify(
    db,
    {
      ...base(event),
      kind: 'event_escalated',
      title: `「${event.title}」乡镇超期未${STAGE_VERBS[stage.kind]}，请县级关注`,
      dedupeKey: `event-stage-escalate:${stage.id}`,
    },
    { roles: ['county_admin'] },
  );

/** A department's acknowledgement or handling ran out: the township and the county hear of it. */
export const noticeDepartmentOverdue = (
  db: Db,
  event: SweptEvent,
  stage: { id: string; kind: StageKind; owner: StageOwner },
) =>
  notify(
    db,
    {
      ...base(event),
      kind: 'event_escalated',
      title: `「${event.title}」${ownerName(stage.owner)}超期未${STAGE_VERBS[stage.kind]}，已通报乡镇和县`,
      dedupeKey: `event-stage-escalate:${stage.id}`,
    },
    { roles: ['township', 'county_admin'] },
  );
