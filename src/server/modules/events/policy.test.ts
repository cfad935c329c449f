import { describe, expect, it } from 'vitest';
import { EVENT_ACTIONS } from '../../../contracts/api/events';
import { roundOutcome } from './dispatch-round';
import { AUTOMATIC_EVENT_ACTIONS, eventWorkflow } from './event-workflow';
import {
  actsAtLevel,
  actsForDispatch,
  mayAddDispatchPhoto,
  mayAddEventPhoto,
  mayRemoveEventPhoto,
  maySeeDispatch,
  maySeeEvent,
  reopensOnRating,
} from './policy';

// Who may see an event and take each step (scope is checked before these).

const me = 'u-1';
const as = (role: string, department: string | null = null) =>
  ({ userId: me, role, department }) as Parameters<typeof maySeeEvent>[0];
const event = (o: Partial<{ reporterId: string | null; level: string; status: string }> = {}) =>
  ({ reporterId: 'someone', level: 'village', status: 'village', ...o }) as Parameters<
    typeof mayAddEventPhoto
  >[1];
const noTies = { departments: [], followerIds: [] };

describe('who sees an event', () => {
  it('lets staff in scope see every event', () => {
    for (const role of ['county_admin', 'township', 'village', 'stationed_cadre', 'grid_worker'])
      expect(maySeeEvent(as(role), event(), noTies)).toBe(true);
  });
  it('keeps an unsent draft its reporter’s own', () => {
    expect(maySeeEvent(as('village'), event({ status: 'draft' }), noTies)).toBe(false);
    expect(maySeeEvent(as('villager'), event({ status: 'draft', reporterId: me }), noTies)).toBe(true);
  });
  it('lets a department handler see only events dispatched to its department', () => {
    const health = as('department', 'health');
    expect(maySeeEvent(health, event(), noTies)).toBe(false);
    expect(maySeeEvent(health, event(), { departments: ['civil_affairs'], followerIds: [] })).toBe(false);
    expect(maySeeEvent(health, event(), { departments: ['health'], followerIds: [] })).toBe(true);
  });
  it('lets villagers and party members see what they reported or follow, nothing else', () => {
    for (const role of ['villager', 'party_member']) {
      expect(maySeeEvent(as(role), event(), noTies)).toBe(false);
      expect(maySeeEvent(as(role), event({ reporterId: me }), noTies)).toBe(true);
      expect(maySeeEvent(as(role), event(), { departments: [], followerIds: [me] })).toBe(true);
    }
  });
  it('shows a department handler its own department’s dispatches only', () => {
    expect(maySeeDispatch(as('department', 'health'), { department: 'health' }, true)).toBe(true);
    expect(maySeeDispatch(as('department', 'health'), { department: 'civil_affairs' }, true)).toBe(false);
    expect(maySeeDispatch(as('township'), { department: 'civil_affairs' }, true)).toBe(true);
    expect(maySeeDispatch(as('township'), { department: 'civil_affairs' }, false)).toBe(false);
  });
});

describe('who takes a step', () => {
  it('gives village-level steps to the village’s roles and the others to the township (and the county)', () => {
    for (const role of ['village', 'stationed_cadre', 'grid_worker']) {
      expect(actsAtLevel(as(role), { level: 'village' })).toBe(true);
      expect(actsAtLevel(as(role), { level: 'township' })).toBe(false);
    }
    for (const role of ['township', 'county_admin']) {
      expect(actsAtLevel(as(role), { level: 'township' })).toBe(true);
      expect(actsAtLevel(as(role), { level: 'village' })).toBe(false);
    }
    for (const role of ['villager', 'party_member', 'department'])
      expect(actsAtLevel(as(role, 'health'), { level: 'township' })).toBe(false);
  });
  it('gives a dispatch’s steps to the handlers of its department only', () => {
    expect(actsForDispatch(as('department', 'health'), { department: 'health' })).toBe(true);
    expect(actsForDispatch(as('department', 'water'), { department: 'health' })).toBe(false);
    expect(actsForDispatch(as('township'), { department: 'health' })).toBe(false);
  });
  it('gives rating and withdrawing to the reporter only', () => {
    const steps = eventWorkflow.transitions;
    const ctx = (role: string) => ({ actor: as(role) }) as never;
    const row = (reporterId: string) => ({ ...event({ reporterId, status: 'closed' }) }) as never;
    expect(steps.rate.allowed(ctx('villager'), row(me))).toBe(true);
    expect(steps.rate.allowed(ctx('township'), row('other'))).toBe(false);
    expect(steps.withdraw.allowed(ctx('villager'), row(me))).toBe(true);
    expect(steps.withdraw.allowed(ctx('village'), row('other'))).toBe(false);
  });
  it('reopens on a rating of 1 or 2 once only', () => {
    expect(reopensOnRating(1, 0)).toBe(true);
    expect(reopensOnRating(2, 0)).toBe(true);
    expect(reopensOnRating(3, 0)).toBe(false);
    expect(reopensOnRating(1, 1)).toBe(false);
  });
  it('lists every step a person may ask for in the API contract, and none of the automatic ones', () => {
    expect([...EVENT_ACTIONS, ...AUTOMATIC_EVENT_ACTIONS].sort()).toEqual(
      Object.keys(eventWorkflow.transitions).sort(),
    );
  });
});

describe('photos', () => {
  it('lets the reporter add scene photos before acceptance and the owner of the step add result photos', () => {
    expect(mayAddEventPhoto(as('villager'), event({ reporterId: me, status: 'draft' }))).toBe(true);
    expect(mayAddEventPhoto(as('villager'), event({ reporterId: me, status: 'reported' }))).toBe(true);
    expect(mayAddEventPhoto(as('villager'), event({ reporterId: me, status: 'village' }))).toBe(false);
    expect(mayAddEventPhoto(as('village'), event({ status: 'village' }))).toBe(true);
    expect(mayAddEventPhoto(as('village'), event({ status: 'draft' }))).toBe(false);
    expect(mayAddEventPhoto(as('township'), event({ status: 'closed', level: 'township' }))).toBe(false);
    expect(mayRemoveEventPhoto(as('village'), event(), me)).toBe(true);
    expect(mayRemoveEventPhoto(as('village'), event(), 'other')).toBe(false);
    expect(mayRemoveEventPhoto(as('village'), event({ status: 'closed' }), me)).toBe(false);
  });
  it('lets the dispatch’s department add result photos after reporting for duty only', () => {
    const health = as('department', 'health');
    expect(mayAddDispatchPhoto(health, { department: 'health', status: 'acknowledged' })).toBe(true);
    expect(mayAddDispatchPhoto(health, { department: 'health', status: 'sent' })).toBe(false);
    expect(mayAddDispatchPhoto(health, { department: 'water', status: 'acknowledged' })).toBe(false);
  });
});

describe('the end of a dispatch round', () => {
  it('is handled when every dispatch still in it is handled, returned when none is left', () => {
    expect(roundOutcome([{ status: 'handled' }, { status: 'handled' }])).toBe('handled');
    expect(roundOutcome([{ status: 'handled' }, { status: 'returned' }])).toBe('handled');
    expect(roundOutcome([{ status: 'handled' }, { status: 'acknowledged' }])).toBe('open');
    expect(roundOutcome([{ status: 'returned' }, { status: 'returned' }])).toBe('returned');
    expect(roundOutcome([{ status: 'sent' }])).toBe('open');
  });
});
