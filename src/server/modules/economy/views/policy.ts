import type { RegionLevel } from '../../../../contracts/roles';
import { WEAK_BELOW_FEN } from '../defaults';
import type { IncomeBand } from '../tables';

// Who may read what of the economy views (docs/economy.md §7), and the small rules of the
// summaries, as pure functions. Reading needs economy.read (every staff role); the region asked
// must lie in the caller's scope (NotFound otherwise, scope.ts).

/** The calendar year in China (UTC+8): the summaries' year when none is asked. */
export const beijingYear = (now = new Date()) => new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();

/** The rows a summary breaks into: townships of a county, villages of a township, counties above. */
export const childLevelOf = (level: RegionLevel): RegionLevel | null => {
  if (level === 'province' || level === 'city') return 'county';
  if (level === 'county') return 'township';
  if (level === 'township') return 'village';
  return null;
};

/** Above a county the default bands apply, so counties with their own bands compare. */
export const usesCountyBands = (level: RegionLevel) =>
  level === 'county' || level === 'township' || level === 'village' || level === 'group';

/** The trend covers at most this many years. */
export const MAX_TREND_YEARS = 20;

export const trendRangeError = (from: number, to: number): { path: string; message: string } | null => {
  if (from > to) return { path: 'from', message: '起始年度不能晚于结束年度' };
  if (to - from + 1 > MAX_TREND_YEARS) return { path: 'from', message: `最多查看 ${MAX_TREND_YEARS} 个年度` };
  return null;
};

const EXPORTERS: readonly string[] = ['region_admin', 'county_admin', 'township', 'village', 'department'];

/** Exports of the drill-down list (audited): those who keep or report the accounts, not grid workers. */
export const mayExportDrill = (role: string) => EXPORTERS.includes(role);

/** The [least, below) range of income a band covers (below null for the top band). */
export const bandRange = (
  bands: readonly IncomeBand[],
  code: string,
): { atLeast: number; below: number | null } | null => {
  const sorted = [...bands].sort((a, b) => a.minFen - b.minFen);
  const i = sorted.findIndex((b) => b.code === code);
  if (i < 0) return null;
  return {
    atLeast: i === 0 ? Number.MIN_SAFE_INTEGER : sorted[i].minFen,
    below: sorted[i + 1]?.minFen ?? null,
  };
};

/** 薄弱村 (economy.weakVillages): below 50,000 元 of the year. */
export const WEAK_FIGURE_BELOW_FEN = WEAK_BELOW_FEN;

/** Fen to 元 for figures (two decimals kept). */
export const yuanOf = (fen: number) => Math.round(fen) / 100;
