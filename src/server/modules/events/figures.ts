import { and, inArray, type SQL, sql } from 'drizzle-orm';
import { OPEN_EVENT_STATUSES } from '../../../contracts/api/events';
import type { Ctx } from '../../platform/context';
import type { Figure } from '../../platform/modules/manifest';
import { assertInScope, inScope, scopeOf, underRegion } from '../../platform/scope';
import { boardEvents } from './board-sql';
import { events } from './tables';

// Figures dashboards may show from grid events, for a region in the caller's scope (NotFound
// outside it) and a calendar year of reported_at (China time); the same definitions as the KPI
// board (docs/events.md §考核与公开晾晒), over every stage of the region's events.

type Query = { regionCode: string; year?: number };

const eventsOf = (ctx: Ctx, q: Query): SQL => {
  assertInScope(q.regionCode, scopeOf(ctx.actor));
  const year = q.year ?? Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
  return and(
    boardEvents(ctx, { from: `${year}-01-01`, to: `${year}-12-31` }),
    underRegion(events.regionCode, q.regionCode),
  ) as SQL;
};

const one = async (ctx: Ctx, query: SQL): Promise<number> => {
  const { rows } = (await ctx.db.execute(query)) as unknown as { rows: { v: unknown }[] };
  return Number(rows[0]?.v ?? 0);
};

const CLOSED = sql`${events.status} in ('closed', 'rated')`;

export const eventsReported = async (ctx: Ctx, q: Query) =>
  one(ctx, sql`select count(*) as v from ${events} where ${eventsOf(ctx, q)}`);

export const eventsClosed = async (ctx: Ctx, q: Query) =>
  one(ctx, sql`select count(*) as v from ${events} where ${eventsOf(ctx, q)} and ${CLOSED}`);

export const eventsOnTimeRate = async (ctx: Ctx, q: Query) =>
  one(
    ctx,
    sql`select coalesce(round(100.0 * count(*) filter (where s.ended_at <= s.due_at) / nullif(count(*), 0), 1), 0) as v
      from event_stages s join ${events} on ${events.id} = s.event_id
      where ${eventsOf(ctx, q)} and s.ended_at is not null and s.due_at is not null and s.outcome <> 'cancelled'`,
  );

export const eventsSatisfaction = async (ctx: Ctx, q: Query) =>
  one(
    ctx,
    sql`select coalesce(round(avg(${events.rating})::numeric, 2), 0) as v from ${events}
      where ${eventsOf(ctx, q)} and ${events.status} = 'rated'`,
  );

export const eventsRedoRate = async (ctx: Ctx, q: Query) =>
  one(
    ctx,
    sql`select coalesce(round(100.0 * count(*) filter (where ${events.redoCount} > 0) / nullif(count(*), 0), 1), 0) as v
      from ${events} where ${eventsOf(ctx, q)} and ${CLOSED}`,
  );

/** Open events of the region with a stage past its deadline now (any year). */
export const eventsOverdueNow = async (ctx: Ctx, q: Query) => {
  assertInScope(q.regionCode, scopeOf(ctx.actor));
  return one(
    ctx,
    sql`select count(distinct ${events.id}) as v from event_stages s join ${events} on ${events.id} = s.event_id
      where ${and(
        inScope(events.regionCode, scopeOf(ctx.actor)),
        underRegion(events.regionCode, q.regionCode),
        inArray(events.status, [...OPEN_EVENT_STATUSES]),
      )} and s.ended_at is null and s.due_at < now()`,
  );
};

const text = (zh: string, en: string) => ({ zh, en });

export const eventsFigures: readonly Figure[] = [
  {
    key: 'events.reported',
    label: text('上报事件数', 'Events reported'),
    definition: text(
      '当年（北京时间，按上报时间）该区划内上报的网格事件数，不含未提交的草稿',
      'Grid events reported in the region in the year (Beijing time, by time of report), drafts not counted',
    ),
    unit: text('件', 'events'),
    compute: eventsReported,
  },
  {
    key: 'events.closed',
    label: text('办结事件数', 'Events closed'),
    definition: text(
      '当年上报的事件中现已办结（已办结待评价或已评价）的件数',
      'Events reported in the year that are now closed (closed awaiting rating, or rated)',
    ),
    unit: text('件', 'events'),
    compute: eventsClosed,
  },
  {
    key: 'events.onTimeRate',
    label: text('按时办结率', 'On-time rate'),
    definition: text(
      '当年上报事件的各办理环节中，在时限内（结束时间不晚于截止时间）结束的环节 ÷ 已结束且有时限的环节（不含已取消），百分比保留一位小数；无此类环节时为 0',
      'Of the stages of events reported in the year that ended and had a deadline (cancelled ones left out), the share that ended on or before it, in per cent to one decimal; 0 when there are none',
    ),
    unit: text('%', '%'),
    compute: eventsOnTimeRate,
  },
  {
    key: 'events.satisfaction',
    label: text('满意度（平均评分）', 'Satisfaction (mean rating)'),
    definition: text(
      '当年上报且已评价事件的上报人评分（1–5 分）平均值，保留两位小数；无评价时为 0',
      'Mean of the reporters’ ratings (1–5) of events reported in the year and rated, to two decimals; 0 when none was rated',
    ),
    unit: text('分', 'points'),
    compute: eventsSatisfaction,
  },
  {
    key: 'events.redoRate',
    label: text('返工率', 'Redo rate'),
    definition: text(
      '当年上报且已办结（含已评价）的事件中，因评价 1–2 分被退回重办过的件数 ÷ 已办结件数，百分比保留一位小数',
      'Of the events reported in the year and closed (or rated), the share reopened after a rating of 1–2, in per cent to one decimal',
    ),
    unit: text('%', '%'),
    compute: eventsRedoRate,
  },
  {
    key: 'events.overdueNow',
    label: text('当前超期事件数', 'Events overdue now'),
    definition: text(
      '该区划内尚未办结、且有办理环节已过截止时间仍未结束的事件数（不分年份，取当前时刻）',
      'Open events of the region with a stage past its deadline and not ended, at this moment (any year)',
    ),
    unit: text('件', 'events'),
    compute: eventsOverdueNow,
  },
];
