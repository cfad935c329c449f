import { AppError } from '../../platform/errors';

// 指标目录 rules (docs/dashboards.md): the year a value is for, and which refusals of a figure mean
// "not kept at this level" rather than a fault.

const BEIJING_YEAR = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' });

/** The year asked for, else this year in Beijing (a figure for 2026 on 1 January 2026 at 07:00 there). */
export const figureYear = (asked: number | undefined, now = new Date()): number =>
  asked ?? Number(BEIJING_YEAR.format(now));

/**
 * A figure that refuses the region it is asked for (a village's figure asked for a county, a
 * region whose records it does not keep) answers with a 4xx error of its own: the catalogue shows
 * no value there. Anything else is a fault and stays one.
 */
export const isNotKeptHere = (error: unknown): boolean =>
  error instanceof AppError && error.status >= 400 && error.status < 500;

const QUARTER_NAMES = ['一', '二', '三', '四'];

/** 「2026 年」 or 「2026 年第三季度」: the period in a sheet's title. */
export const periodLabel = (year: number, quarter: number | null | undefined): string =>
  quarter ? `${year} 年第${QUARTER_NAMES[quarter - 1]}季度` : `${year} 年`;

/**
 * A figure by year has no value for a quarter (a state of today is the same for any period): the
 * sheet or catalogue shows none rather than the year's.
 */
export const answersFor = (
  figure: { byQuarter?: boolean; perYear?: boolean },
  quarter: number | undefined,
): boolean => !quarter || figure.byQuarter === true || figure.perYear === false;

/** The most records a drill-down export holds (a county's households fit; the sheet says when cut). */
export const DRILL_EXPORT_MAX_ROWS = 200_000;

/** The longest a dashboard value is kept without a write (figures of today: overdue now, ages). */
export const SUMMARY_MAX_AGE_MS = 10 * 60_000;

/** Roles that choose the figures of their region's dashboard (and of the regions below without their own). */
export const mayArrangeDashboard = (role: string): boolean =>
  role === 'county_admin' || role === 'township' || role === 'region_admin';

/** The figures a dashboard shows until its region (or one above) chooses its own. */
export const STANDARD_DASHBOARD: readonly string[] = [
  'households.count',
  'members.count',
  'coverage.organizationalRate',
  'cadres.oneShoulderRate',
  'cadres.village',
  'cadres.workTeams',
  'assess.stars',
  'points.civil.participation',
  'events.reported',
  'events.onTimeRate',
  'economy.operatingIncome',
  'economy.incomeTiers',
  'visits.householdsVisited',
  'monitoring.households',
];

/** Rows of one drill-down page; the records are in the caller's scope already. */
export const drillOffset = (page: number, pageSize: number) => (page - 1) * pageSize;
