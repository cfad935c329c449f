import { REPORT_EXPORTERS } from '../../../../contracts/api/visits-reports';
import type { RegionLevel } from '../../../../contracts/roles';

// The small rules of the visits reports (docs/visits.md §6) as pure functions: the period asked
// (default this year in Beijing time), its bounds as instants, the rows a report breaks into, and
// who may export. Reading needs monitoring.read; the region must lie in the caller's scope.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today in China (UTC+8), YYYY-MM-DD. */
export const beijingToday = (now = new Date()) =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** A real calendar day (not 2026-02-30). */
export const isRealDay = (d: string): boolean => {
  const m = DAY.exec(d);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === d;
};

/** The longest period a report covers, in days (ten years and leap days). */
export const MAX_PERIOD_DAYS = 3660;

export interface Period {
  from: string;
  to: string;
  /** The first instant of `from` and the first instant after `to`, Beijing midnight, ISO. */
  fromTs: string;
  endTs: string;
}

const midnight = (d: string) => new Date(`${d}T00:00:00+08:00`);

/** The period of a report, or the field and message that refuse it. */
export const periodOf = (
  q: { from?: string; to?: string },
  now = new Date(),
): Period | { path: string; message: string } => {
  const year = beijingToday(now).slice(0, 4);
  const from = q.from ?? `${year}-01-01`;
  const to = q.to ?? `${year}-12-31`;
  if (!isRealDay(from)) return { path: 'from', message: '起始日期不是有效日期' };
  if (!isRealDay(to)) return { path: 'to', message: '结束日期不是有效日期' };
  if (from > to) return { path: 'from', message: '起始日期不能晚于结束日期' };
  const end = new Date(midnight(to).getTime() + 86_400_000);
  if ((end.getTime() - midnight(from).getTime()) / 86_400_000 > MAX_PERIOD_DAYS)
    return { path: 'from', message: '统计期间最长十年' };
  return { from, to, fromTs: midnight(from).toISOString(), endTs: end.toISOString() };
};

/** The period of a figure's year (the whole calendar year). */
export const yearPeriod = (year: number) =>
  periodOf({ from: `${year}-01-01`, to: `${year}-12-31` }) as Period;

/** The rows a report breaks into: townships of a county, villages of a township, the village itself; counties above. */
export const reportChildLevel = (level: RegionLevel): Exclude<RegionLevel, 'group'> => {
  if (level === 'province' || level === 'city') return 'county';
  if (level === 'county') return 'township';
  return 'village';
};

/** The Excel report (audited): those who report upwards, not grid workers. */
export const mayExportReport = (role: string) => REPORT_EXPORTERS.includes(role);

/** The identification steps (a case there is "in identification"; its step may be overdue). */
export const IDENTIFICATION_STATES = [
  'village_review',
  'county_compare',
  'appraisal',
  'township_review',
  'county_approval',
] as const;
