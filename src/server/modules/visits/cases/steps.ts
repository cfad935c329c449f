import { addLimit, endOfChinaDay, type WorkingCalendar } from '../../events/calendar';
import { CASE_STEPS, type StepLimit } from '../defaults';
import type { CaseState } from '../tables';

// 识别步骤的时限 (CATALOGUES.md §7): when the step a case enters is due. Working days (wd) go through
// the county's working calendar of the events module (weekends, holidays, 调休); 'd' counts
// calendar days. The county approval is due 15 days after the first clue, whatever the steps before
// took. The appraisal has a least length (the notice shows ≥ 5 days), not a limit: it is due when
// the notice has ended and one more working day has passed (before the notice is set: 5 days).

export const stepOf = (state: CaseState) => CASE_STEPS.find((s) => s.state === state);

/** The limit in words, as the case page shows it. */
export const limitText = (limit: StepLimit, fromFirstClue = false): string => {
  const unit = limit.unit === 'wd' ? '个工作日' : '天';
  if (limit.atLeast) return `公示不少于 ${limit.amount} ${unit}`;
  return fromFirstClue ? `自首次发现起 ${limit.amount} ${unit}内` : `${limit.amount} ${unit}内`;
};

/** Midday of a China calendar day: a working-day count from it starts with the next day. */
const middayOf = (day: string) => new Date(endOfChinaDay(day).getTime() - 12 * 3_600_000);

export const stepDue = (
  calendar: WorkingCalendar,
  state: CaseState,
  start: Date,
  c: { firstClueAt: Date; noticeTo?: string | null },
): Date | null => {
  const step = stepOf(state);
  if (!step) return null;
  if (step.fromFirstClue) return addLimit(calendar, c.firstClueAt, step.limit);
  if (state === 'appraisal' && c.noticeTo)
    return addLimit(calendar, middayOf(c.noticeTo), { amount: 1, unit: 'wd' });
  return addLimit(calendar, start, step.limit);
};
