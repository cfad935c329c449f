import { and, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { eventNumber } from './event-view';
import { events } from './tables';

/** 事件编号 of events in the caller's scope, by id (for records that point at events: visits' problems). */
export const eventNumbers = async (ctx: Ctx, ids: string[]): Promise<Map<string, string>> => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: events.id, year: events.year, regionCode: events.regionCode, serial: events.serial })
    .from(events)
    .where(and(inArray(events.id, unique), inScope(events.regionCode, scopeOf(ctx.actor))));
  return new Map(rows.map((r) => [r.id, eventNumber(r)]));
};
