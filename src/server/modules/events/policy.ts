import type { Department, Role } from '../../../contracts/roles';
import type { Actor } from '../../platform/context';
import type { DispatchStatus, EventStatus } from './tables';

// 网格事件 policy: who may see an event and who takes each step, as pure functions over the
// caller and the record. Scope (the event's village under the caller's region) is checked
// before these by the loaders; a record the caller may not see is NotFound, never Forbidden.

type Who = Pick<Actor, 'userId' | 'role' | 'department'>;
export interface EventFacts {
  reporterId: string | null;
  level: string;
  status: EventStatus;
}
/** What the visibility rule needs beyond the row: the departments dispatched to, the followers. */
export interface EventTies {
  departments: readonly Department[];
  followerIds: readonly string[];
}
type DispatchFacts = { department: Department; status: DispatchStatus };

/** Villagers and party members: they see and rate their own reports only. */
export const isResident = (actor: Pick<Who, 'role'>): boolean =>
  actor.role === 'villager' || actor.role === 'party_member';

/** Roles that take the village's steps (受理、办理、上报乡镇). */
export const VILLAGE_ROLES: readonly Role[] = ['village', 'stationed_cadre', 'grid_worker'];
/** Roles that take the township's steps (派单、审核、退回村); the county may step in. */
export const TOWNSHIP_ROLES: readonly Role[] = ['township', 'county_admin'];

/**
 * Staff in scope see every event there; a department handler only events with a dispatch to its
 * department; a villager or party member only what they reported or follow.
 */
export const maySeeEvent = (actor: Who, event: Pick<EventFacts, 'reporterId'>, ties: EventTies): boolean => {
  if (event.reporterId !== null && event.reporterId === actor.userId) return true;
  if (isResident(actor)) return ties.followerIds.includes(actor.userId);
  if (actor.role === 'department')
    return actor.department !== null && ties.departments.includes(actor.department);
  return true;
};

export const isReporter = (actor: Pick<Who, 'userId'>, event: Pick<EventFacts, 'reporterId'>): boolean =>
  event.reporterId !== null && event.reporterId === actor.userId;

export const actsForVillage = (actor: Pick<Who, 'role'>): boolean => VILLAGE_ROLES.includes(actor.role);
export const actsForTownship = (actor: Pick<Who, 'role'>): boolean => TOWNSHIP_ROLES.includes(actor.role);

/** The owner of the event's current step: the village's roles at village level, else the township's. */
export const actsAtLevel = (actor: Pick<Who, 'role'>, event: Pick<EventFacts, 'level'>): boolean =>
  event.level === 'village' ? actsForVillage(actor) : actsForTownship(actor);

/** A dispatch is seen by whoever sees its event, except a department handler of another department. */
export const maySeeDispatch = (actor: Who, dispatch: Pick<DispatchFacts, 'department'>, seesEvent: boolean) =>
  seesEvent && (actor.role !== 'department' || actor.department === dispatch.department);

/** 报到、办理、退回派单: the handlers of the dispatch's department only. */
export const actsForDispatch = (actor: Who, dispatch: Pick<DispatchFacts, 'department'>): boolean =>
  actor.role === 'department' && actor.department === dispatch.department;

const OPEN_FOR_PHOTOS: readonly EventStatus[] = ['draft', 'reported', 'village', 'township'];

/**
 * Photos of an event: the reporter while it waits to be accepted (现场照片), and whoever owns
 * the current step while the village or the township handles it (办理结果照片).
 */
export const mayAddEventPhoto = (actor: Who, event: EventFacts): boolean => {
  if (!OPEN_FOR_PHOTOS.includes(event.status)) return false;
  if ((event.status === 'draft' || event.status === 'reported') && isReporter(actor, event)) return true;
  return event.status !== 'draft' && actsAtLevel(actor, event);
};

/** A photo is removed by whoever uploaded it, while photos may still be added to the event. */
export const mayRemoveEventPhoto = (actor: Who, event: EventFacts, uploadedBy: string | null): boolean =>
  OPEN_FOR_PHOTOS.includes(event.status) && uploadedBy === actor.userId;

/** Result photos of a dispatch: its department, after 报到 and before it is handled. */
export const mayAddDispatchPhoto = (actor: Who, dispatch: DispatchFacts): boolean =>
  dispatch.status === 'acknowledged' && actsForDispatch(actor, dispatch);

export const mayRemoveDispatchPhoto = (actor: Who, dispatch: DispatchFacts, uploadedBy: string | null) =>
  dispatch.status === 'acknowledged' && uploadedBy === actor.userId;

/** A rating of 1–2 on an event not yet redone sends it back once (返工). */
export const reopensOnRating = (rating: number, redoCount: number): boolean => rating <= 2 && redoCount === 0;
