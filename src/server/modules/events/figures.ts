import { type SQL, sql } from 'drizzle-orm';
import { OPEN_EVENT_STATUSES } from '../../../contracts/api/events';
import type { Ctx } from '../../platform/context';
import {
  type FigurePeriodQuery,
  type FigureRecords,
  ratioFigure,
  recordFigure,
} from '../../platform/figures/record-figure';
import { underRegion } from '../../platform/scope';
import { boardEvents } from './board-sql';
import { events } from './tables';

// Figures dashboards may show from grid events, for a region in the caller's scope (NotFound
// outside it) and a calendar year of reported_at (China time); the same definitions as the KPI
// board (docs/events.md §考核与公开晾晒), over every stage of the region's events. Each is
// drillable to the events behind it.

const e = events;
/** The events reported in the period (the year, or a quarter of it) under the region. */
const ofYear = (ctx: Ctx, q: FigurePeriodQuery): SQL =>
  sql`${boardEvents(ctx, { from: q.from, to: q.to })} and ${underRegion(e.regionCode, q.regionCode)}`;
const CLOSED = sql`${e.status} in ('closed', 'rated')`;
const row = (weight: SQL = sql`1`) =>
  sql`${e.regionCode} as region_code, ${e.id} as id, ${e.title} as title, ${weight} as weight, ${e.categoryCode} as category`;

const eventsWhere =
  (where: SQL, weight?: SQL): FigureRecords =>
  (ctx, q) =>
    sql`select ${row(weight)} from ${e} where ${ofYear(ctx, q)} and ${where}`;

/** Stages of the year's events that ended and had a deadline (cancelled ones left out), one row per stage. */
const endedStages =
  (where: SQL): FigureRecords =>
  (ctx, q) =>
    sql`select ${row()} from event_stages s join ${e} on ${e.id} = s.event_id
      where ${ofYear(ctx, q)} and s.ended_at is not null and s.due_at is not null and s.outcome <> 'cancelled' and ${where}`;

const reported = eventsWhere(sql`true`);
const closed = eventsWhere(CLOSED);
const rated = eventsWhere(sql`${e.status} = 'rated'`);
const EVENT = { record: 'event', permission: 'events.read', byQuarter: true } as const;

const text = (zh: string, en: string) => ({ zh, en });

export const eventsFigures = [
  recordFigure({
    key: 'events.reported',
    label: text('上报事件数', 'Events reported'),
    definition: text(
      '当年或所选季度（北京时间，按上报时间）该区划内上报的网格事件数，不含未提交的草稿',
      'Grid events reported in the region in the year or the quarter chosen (Beijing time, by time of report), drafts not counted',
    ),
    unit: text('件', 'events'),
    ...EVENT,
    records: reported,
  }),
  recordFigure({
    key: 'events.closed',
    label: text('办结事件数', 'Events closed'),
    definition: text(
      '当年上报的事件中现已办结（已办结待评价或已评价）的件数',
      'Events reported in the year that are now closed (closed awaiting rating, or rated)',
    ),
    unit: text('件', 'events'),
    ...EVENT,
    records: closed,
  }),
  ratioFigure({
    key: 'events.onTimeRate',
    label: text('按时办结率', 'On-time rate'),
    definition: text(
      '当年上报事件的各办理环节中，在时限内（结束时间不晚于截止时间）结束的环节 ÷ 已结束且有时限的环节（不含已取消），百分比保留一位小数；无此类环节时为 0',
      'Of the stages of events reported in the year that ended and had a deadline (cancelled ones left out), the share that ended on or before it, in per cent to one decimal; 0 when there are none',
    ),
    unit: text('%', '%'),
    per: 100,
    digits: 1,
    byQuarter: true,
    numerator: { ...EVENT, records: endedStages(sql`s.ended_at <= s.due_at`) },
    denominator: { records: endedStages(sql`true`) },
  }),
  ratioFigure({
    key: 'events.satisfaction',
    label: text('满意度（平均评分）', 'Satisfaction (mean rating)'),
    definition: text(
      '当年上报且已评价事件的上报人评分（1–5 分）平均值，保留两位小数；无评价时为 0',
      'Mean of the reporters’ ratings (1–5) of events reported in the year and rated, to two decimals; 0 when none was rated',
    ),
    unit: text('分', 'points'),
    per: 1,
    digits: 2,
    byQuarter: true,
    numerator: { ...EVENT, records: eventsWhere(sql`${e.status} = 'rated'`, sql`${e.rating}`) },
    denominator: { records: rated },
  }),
  ratioFigure({
    key: 'events.redoRate',
    label: text('返工率', 'Redo rate'),
    definition: text(
      '当年上报且已办结（含已评价）的事件中，因评价 1–2 分被退回重办过的件数 ÷ 已办结件数，百分比保留一位小数',
      'Of the events reported in the year and closed (or rated), the share reopened after a rating of 1–2, in per cent to one decimal',
    ),
    unit: text('%', '%'),
    per: 100,
    digits: 1,
    byQuarter: true,
    numerator: { ...EVENT, records: eventsWhere(sql`${CLOSED} and ${e.redoCount} > 0`) },
    denominator: { records: closed },
  }),
  recordFigure({
    key: 'events.overdueNow',
    label: text('当前超期事件数', 'Events overdue now'),
    definition: text(
      '该区划内尚未办结、且有办理环节已过截止时间仍未结束的事件数（不分年份，取当前时刻）',
      'Open events of the region with a stage past its deadline and not ended, at this moment (any year)',
    ),
    unit: text('件', 'events'),
    ...EVENT,
    perYear: false,
    byQuarter: false,
    records: (_ctx, q) => sql`
      select ${row()} from ${e}
      where ${underRegion(e.regionCode, q.regionCode)}
        and ${e.status} in (${sql.join(
          OPEN_EVENT_STATUSES.map((s) => sql`${s}`),
          sql`, `,
        )})
        and exists (select 1 from event_stages s where s.event_id = ${e.id} and s.ended_at is null and s.due_at < now())`,
  }),
];
