import { eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context';
import { pointsOf } from '../score';
import { ratingScores } from '../tables';
import type { CampaignRow, CampaignRule, ScoreRowDb } from './load';
import { recordValues } from './record-values';

// Writing the record-filled indicators of a rating: at submit (frozen as the village's value), on
// the village's edits while it scores, and when the township refreshes them during review (then
// the figure becomes the township's value, with a reason when it differs from the village's).

export const REFRESH_REASON = '由系统记录重新读取';

/** Re-reads the figures and writes them into the score rows; returns the rows as they are now. */
export const fillFromRecords = async (
  tx: Ctx,
  rule: CampaignRule,
  campaign: Pick<CampaignRow, 'year'>,
  rating: { regionCode: string },
  scores: ScoreRowDb[],
  into: 'self' | 'review',
): Promise<ScoreRowDb[]> => {
  const live = await recordValues(tx, rule.indicators, rating.regionCode, campaign.year);
  const at = new Date();
  const out: ScoreRowDb[] = [];
  for (const s of scores) {
    const record = live.get(s.indicatorCode);
    const indicator = rule.byCode.get(s.indicatorCode);
    if (!record || !indicator) {
      out.push(s);
      continue;
    }
    const set: Partial<ScoreRowDb> =
      into === 'self'
        ? {
            recordValue: record.figure,
            recordAt: at,
            selfValue: record.value,
            selfPoints: record.value === null ? null : pointsOf(indicator, record.value),
          }
        : {
            recordValue: record.figure,
            recordAt: at,
            reviewValue: record.value,
            reviewPoints: record.value === null ? null : pointsOf(indicator, record.value),
            reviewReason: record.value !== s.selfValue ? REFRESH_REASON : null,
          };
    await tx.db
      .update(ratingScores)
      .set({ ...set, updatedAt: at })
      .where(eq(ratingScores.id, s.id));
    out.push({ ...s, ...set });
  }
  return out;
};

/** The score rows with the live figures in place of the stored ones (reads while in self; nothing written). */
export const withLiveRecords = async (
  ctx: Ctx,
  rule: CampaignRule,
  campaign: Pick<CampaignRow, 'year'>,
  rating: { regionCode: string },
  scores: ScoreRowDb[],
): Promise<ScoreRowDb[]> => {
  const live = await recordValues(ctx, rule.indicators, rating.regionCode, campaign.year);
  const at = new Date();
  return scores.map((s) => {
    const record = live.get(s.indicatorCode);
    const indicator = rule.byCode.get(s.indicatorCode);
    if (!record || !indicator) return s;
    return {
      ...s,
      recordValue: record.figure,
      recordAt: at,
      selfValue: record.value,
      selfPoints: record.value === null ? null : pointsOf(indicator, record.value),
    };
  });
};
