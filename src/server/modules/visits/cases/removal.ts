import { REMOVAL_RULES } from '../defaults';

// 风险消除的条件 (CATALOGUES.md §7, docs/visits.md §4), as one pure function:
// 1. the household can work: a household without labour (无劳动能力户) stays monitored;
// 2. at least 6 months since identification (identified_at's day + 6 calendar months ≤ today);
// 3. at least 1 measure assigned;
// 4. income stably above the line for at least 6 months: take the follow-ups that carry an income,
//    in date order; the latest of them and every one back to some follow-up F are above the
//    household's threshold for their own year (strictly greater), with no follow-up at or below it
//    in between, and F's day + 6 calendar months ≤ the latest one's day. A follow-up without an
//    income, or whose year has no threshold, neither counts nor breaks the run.

export interface RemovalFollowup {
  visitedOn: string;
  incomePerCapita: number | null;
  threshold: number | null;
}

export interface RemovalFacts {
  /** Today, China calendar day (YYYY-MM-DD). */
  today: string;
  /** The day of identification, null when not identified. */
  identifiedOn: string | null;
  measures: number;
  noLabour: boolean;
  followups: readonly RemovalFollowup[];
}

/** The day `months` calendar months after `day` (31 Jan + 1 month → 28/29 Feb, as the law counts). */
export const addMonths = (day: string, months: number): string => {
  const [y, m, d] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
};

/** The first day of the unbroken run of follow-ups above the line that ends at the latest one. */
export const aboveLineSince = (
  followups: readonly RemovalFollowup[],
): { from: string; to: string } | null => {
  const counted = followups
    .filter((f) => f.incomePerCapita !== null && f.threshold !== null)
    .toSorted((a, b) => a.visitedOn.localeCompare(b.visitedOn));
  let from: string | null = null;
  for (const f of counted) {
    if ((f.incomePerCapita as number) > (f.threshold as number)) from ??= f.visitedOn;
    else from = null;
  }
  return from === null ? null : { from, to: counted.at(-1)!.visitedOn };
};

/** The conditions not met yet, each in words for the 409 and the page; empty when removal may go on. */
export const removalUnmet = (f: RemovalFacts): string[] => {
  const out: string[] = [];
  if (f.noLabour) out.push('无劳动能力户持续监测，不能消除风险');
  const months = REMOVAL_RULES.monthsIdentified;
  if (!f.identifiedOn) out.push('尚未纳入监测');
  else if (addMonths(f.identifiedOn, months) > f.today)
    out.push(
      `纳入监测未满 ${months} 个月（${f.identifiedOn} 纳入，${addMonths(f.identifiedOn, months)} 起方可消除）`,
    );
  if (f.measures < REMOVAL_RULES.leastMeasures)
    out.push(`尚未落实帮扶措施（至少 ${REMOVAL_RULES.leastMeasures} 项）`);
  const need = REMOVAL_RULES.monthsAboveLine;
  const run = aboveLineSince(f.followups);
  if (!run) out.push(`跟踪回访未显示人均纯收入高于监测标准（须连续 ${need} 个月以上）`);
  else if (addMonths(run.from, need) > run.to)
    out.push(
      `回访显示人均纯收入高于监测标准未满 ${need} 个月（自 ${run.from} 起，至最近一次回访 ${run.to}）`,
    );
  return out;
};
