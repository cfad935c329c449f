import { can } from '../../../../contracts/roles';
import type { Actor } from '../../../platform/context';
import type { FieldError } from '../../../platform/errors';
import type { IncomeBand, PlanTarget } from '../tables';

// Who may change tiers, targets and plans, and what makes them valid (docs/economy.md §4), as pure
// functions. Scope is checked before these: a record outside the caller's region is NotFound.

type Who = Pick<Actor, 'role'>;

/** The tiers, their basis and the targets: the county (economy.settings). */
export const mayEditSettings = (a: Who): boolean => can(a.role, 'economy.settings');
/** 一村一方案: the county, the township, the village and its stationed cadre (economy.plans). */
export const mayWritePlans = (a: Who): boolean => can(a.role, 'economy.plans');

export const MIN_BANDS = 2;
export const MAX_BANDS = 10;
/** A plan runs for at most this many years (a five-year plan and a little slack). */
export const MAX_PLAN_YEARS = 10;

/** What is wrong with a county's bands: the first at 0, least amounts strictly ascending, unique codes. */
export const bandProblems = (bands: readonly IncomeBand[]): FieldError[] => {
  const problems: FieldError[] = [];
  if (bands.length < MIN_BANDS || bands.length > MAX_BANDS)
    problems.push({ path: 'bands', message: `档次应为 ${MIN_BANDS}–${MAX_BANDS} 个` });
  if (bands.length && bands[0].minFen !== 0)
    problems.push({ path: 'bands.0.minFen', message: '第一个档次的起点应为 0 元' });
  bands.forEach((band, i) => {
    if (i > 0 && band.minFen <= bands[i - 1].minFen)
      problems.push({ path: `bands.${i}.minFen`, message: `第 ${i + 1} 个档次的起点应高于上一个档次` });
    if (bands.findIndex((b) => b.code.toUpperCase() === band.code.toUpperCase()) !== i)
      problems.push({ path: `bands.${i}.code`, message: `档次代码 ${band.code} 重复` });
  });
  return problems;
};

/** What is wrong with a target's rule: something to reach, and the share's amount with its percent. */
export const targetProblems = (t: {
  everyMinFen: number | null;
  shareMinFen: number | null;
  sharePercent: number | null;
}): FieldError[] => {
  const problems: FieldError[] = [];
  if (t.everyMinFen == null && t.shareMinFen == null)
    problems.push({ path: 'everyMinFen', message: '请至少填写“每个村达到”或“一定比例的村达到”' });
  if ((t.shareMinFen == null) !== (t.sharePercent == null))
    problems.push({
      path: t.shareMinFen == null ? 'shareMinFen' : 'sharePercent',
      message: '比例目标需同时填写金额和比例',
    });
  return problems;
};

/** What is wrong with a plan's period and yearly targets. */
export const planProblems = (p: { startYear: number; endYear: number; targets: readonly PlanTarget[] }) => {
  const problems: FieldError[] = [];
  if (p.endYear < p.startYear) problems.push({ path: 'endYear', message: '结束年度不能早于开始年度' });
  else if (p.endYear - p.startYear + 1 > MAX_PLAN_YEARS)
    problems.push({ path: 'endYear', message: `方案期限不超过 ${MAX_PLAN_YEARS} 年` });
  const seen = new Set<number>();
  p.targets.forEach((t, i) => {
    if (t.year < p.startYear || t.year > p.endYear)
      problems.push({ path: `targets.${i}.year`, message: `${t.year} 年不在方案期限内` });
    if (seen.has(t.year)) problems.push({ path: `targets.${i}.year`, message: `${t.year} 年的目标重复` });
    seen.add(t.year);
  });
  return problems;
};

/** Two periods share a year. */
export const overlaps = (
  a: { startYear: number; endYear: number },
  b: { startYear: number; endYear: number },
) => a.startYear <= b.endYear && b.startYear <= a.endYear;

/** The 409 when a village already has a plan for some year of the period. */
export const overlapMessage = (other: { title: string; startYear: number; endYear: number }): string =>
  `该村已有 ${other.startYear}–${other.endYear} 年的方案《${other.title}》，同一年度一个村只能有一个方案`;
