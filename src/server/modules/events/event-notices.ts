import type { Department } from '../../../contracts/roles';
import type { Ctx } from '../../platform/context';
import { notify, type Recipients } from '../../platform/notifications/notify';
import { eventNumber } from './event-view';
import { eventWorkflowKind } from './kinds';
import { VILLAGE_ROLES } from './policy';
import type { events } from './tables';

// 消息通知 of the event workflow, written in the transaction of the step that causes them.

type EventRow = typeof events.$inferSelect;

/** Who owns a level of the event: the village's cadres, the township, the county. */
export const ownersOf = (level: string): Recipients =>
  level === 'village'
    ? { roles: ['village', 'stationed_cadre'] }
    : level === 'county'
      ? { roles: ['county_admin'] }
      : { roles: ['township'] };

export const noticeAbout = async (
  tx: Ctx,
  event: EventRow,
  kind: string,
  title: string,
  to: Recipients,
  body?: string | null,
) =>
  notify(
    tx.db,
    {
      kind: `events.${kind}`,
      title: `${title}：${event.title}（${eventNumber(event)}）`,
      body: body ?? null,
      link: `/events/${event.id}`,
      regionCode: event.regionCode,
      recordKind: eventWorkflowKind,
      recordId: event.id,
    },
    // The one who took the step is not told about it.
    { ...to, userIds: (to.userIds ?? []).filter((id) => id !== tx.actor.userId) },
  );

export const toReporter = (event: EventRow): Recipients => ({ userIds: [event.reporterId] });
export const toDepartments = (departments: readonly Department[]): Recipients => ({ departments });
export const toVillage: Recipients = { roles: VILLAGE_ROLES.filter((r) => r !== 'grid_worker') };
