import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  db,
  h,
  insertCampaign,
  publishedSet,
  regions,
  villagesUnder,
  withAssessHarness,
} from '../assessments-test-kit';
import { ratingCampaigns, ratingObjections } from '../tables';

// The public objection form is open to anyone: five objections per address in ten minutes, counted
// after the input is checked, so a mistyped form is told what is wrong without using one up.

withAssessHarness();

const lodge = (campaignId: string, payload: Record<string, unknown>) =>
  h.app.inject({ method: 'POST', url: `/api/public/assess/notices/${campaignId}/objections`, payload });

describe('objections during 公示', () => {
  it('takes five from one address in ten minutes, refuses the sixth with 429, and checks input first', async () => {
    const set = await publishedSet();
    const villages = (await villagesUnder(regions.ownTownship.code)).slice(0, 2).map((v) => v.code);
    const { campaignId, ratings } = await insertCampaign({
      year: set.year,
      setId: set.id,
      villages,
      value: () => 1,
      status: 'notice',
    });
    await db()
      .update(ratingCampaigns)
      .set({ noticeStartedAt: new Date(), noticeEndsAt: new Date(Date.now() + 5 * 86_400_000) })
      .where(eq(ratingCampaigns.id, campaignId));

    const bad = await lodge(campaignId, { ratingId: ratings[0].id, text: '有\u0001控制字符' });
    expect(bad.statusCode).toBe(400);
    for (let i = 0; i < 5; i++)
      expect(
        (await lodge(campaignId, { ratingId: ratings[i % 2].id, text: `第${i + 1}条异议：材料不实` }))
          .statusCode,
      ).toBe(201);
    const sixth = await lodge(campaignId, { ratingId: ratings[0].id, text: '第6条异议：材料不实' });
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().message).toBe('请求过于频繁，请稍后再试');
    const kept = await db()
      .select()
      .from(ratingObjections)
      .where(eq(ratingObjections.campaignId, campaignId));
    expect(kept).toHaveLength(5);
  });
});
