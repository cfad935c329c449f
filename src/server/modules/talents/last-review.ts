import { desc, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { talentReviews } from './tables';

// The last step a talent record went through (who, when, what), for lists and exports.

export interface LastReview {
  step: string;
  decision: string;
  reviewerName: string | null;
  comment: string | null;
  at: Date;
}

/** The latest review row of each talent (ids already in the caller's scope). */
export const lastReviews = async (ctx: Ctx, talentIds: string[]): Promise<Map<string, LastReview>> => {
  if (talentIds.length === 0) return new Map();
  const rows = await ctx.db
    .select()
    .from(talentReviews)
    .where(inArray(talentReviews.talentId, talentIds))
    .orderBy(desc(talentReviews.at), desc(talentReviews.id));
  const out = new Map<string, LastReview>();
  for (const r of rows) if (!out.has(r.talentId)) out.set(r.talentId, r);
  return out;
};

export const STEP_LABELS: Record<string, string> = {
  village_survey: '村级摸排',
  township_review: '乡级审核',
  county_filing: '县级备案',
};
export const DECISION_LABELS: Record<string, string> = { submit: '提交', approve: '通过', return: '退回' };

const beijing = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
/** "2026-03-01 14:05", Beijing time as the clerks read it. */
export const beijingTime = (at: Date) => beijing.format(at);
