import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { RatingSheet } from '../../../../contracts/api/assess-campaign';
import { testPhoto, uploadAttachments } from '../../../../testing/photos';
import {
  county,
  db,
  h,
  publishedSet,
  regions,
  township,
  village,
  villagesUnder,
  withAssessHarness,
} from '../assessments-test-kit';
import { ratingCampaigns, villageRatings } from '../tables';

// A whole campaign through the API (docs/assessments.md §2), on PGlite and PostgreSQL.

withAssessHarness();

const valueFor = (s: RatingSheet['scores'][number]) =>
  s.method === 'yesno'
    ? 1
    : s.method === 'veto'
      ? 0
      : s.method === 'percent'
        ? 90
        : s.method === 'tiers'
          ? (s.tiers?.length ?? 1) - 1
          : s.maxPoints;

describe('a star-rating campaign', () => {
  let campaignId: string;
  let sheet: RatingSheet;

  it('is opened by the county for every village, once a year', async () => {
    const set = await publishedSet();
    const res = await county.post('/api/assess/campaigns', { year: set.year, setId: set.id, noticeDays: 5 });
    expect(res.statusCode, res.body).toBe(201);
    campaignId = res.json().campaign.id;
    const villages = await villagesUnder(regions.county);
    expect(res.json().counts.total).toBe(villages.length);
    expect(res.json().counts.byStatus.self).toBe(villages.length);
    const again = await county.post('/api/assess/campaigns', { year: set.year, setId: set.id });
    expect(again.statusCode).toBe(409);
    expect(
      (await village.post('/api/assess/campaigns', { year: set.year + 1, setId: set.id })).statusCode,
    ).toBe(403);
  });

  it('is scored by the village with evidence and record-filled indicators that follow the records', async () => {
    const mine = await village.get('/api/assess/my-rating');
    expect(mine.statusCode, mine.body).toBe(200);
    sheet = mine.json().rating;
    expect(sheet.status).toBe('self');
    const c3 = sheet.scores.find((s) => s.code === 'C3')!;
    expect(c3.source?.figure).toBe('members.probationary');
    expect(c3.selfValue).toBe(0);
    // A probationary member joins: C3 flips while the village scores.
    await db().execute(
      sql`insert into party_members (id, region_code, person_id, org_id, status, joined_on) values (${randomUUID()}, ${regions.ownVillage.code}, ${randomUUID()}, ${randomUUID()}, 'probationary', '2025-07-01')`,
    );
    sheet = (await village.get(`/api/assess/ratings/${sheet.id}`)).json();
    expect(sheet.scores.find((s) => s.code === 'C3')!.selfValue).toBe(1);
    // The village's collective accounts (economy module) fill D1: 0 without an account, the
    // 20–50 万 tier once the year's operating income is 250,000 元.
    const d1 = sheet.scores.find((s) => s.code === 'D1')!;
    expect(d1.source?.figure).toBe('economy.operatingIncome');
    expect(d1.selfValue).toBe(0);
    const year = (await publishedSet()).year;
    await db().execute(
      sql`insert into economy_accounts (id, region_code, year, operating_fen, total_fen) values (${randomUUID()}, ${regions.ownVillage.code}, ${year}, 25000000, 30000000)`,
    );
    sheet = (await village.get(`/api/assess/ratings/${sheet.id}`)).json();
    const tiers = sheet.scores.find((s) => s.code === 'D1')!.tiers!;
    expect(tiers[sheet.scores.find((s) => s.code === 'D1')!.selfValue!]!.label).toBe('20–50 万元');
    // Record-filled indicators take no typed value; bad values are refused.
    expect(
      (await village.request('PUT', `/api/assess/ratings/${sheet.id}/scores/C3`, { value: 1 })).statusCode,
    ).toBe(422);
    expect(
      (await village.request('PUT', `/api/assess/ratings/${sheet.id}/scores/G1`, { value: 101 })).statusCode,
    ).toBe(422);
    // Submitting early is refused with the missing indicators named.
    const early = await village.post(`/api/assess/ratings/${sheet.id}/actions/submit`);
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('尚未自评');
    let photoDone = false;
    for (const s of sheet.scores) {
      if (s.source) continue;
      const body: Record<string, unknown> = { value: valueFor(s) };
      if (s.evidenceRequired) {
        if (!photoDone) {
          const up = await uploadAttachments(village, 'rating_score', s.id, [
            { name: 'meeting.jpg', type: 'image/jpeg', bytes: await testPhoto() },
          ]);
          expect(up.statusCode, up.body).toBe(201);
          photoDone = true;
        } else body.links = [{ kind: 'event', id: randomUUID(), label: '会议记录' }];
      }
      const res = await village.request('PUT', `/api/assess/ratings/${sheet.id}/scores/${s.code}`, body);
      expect(res.statusCode, `${s.code} ${res.body}`).toBe(200);
      sheet = res.json();
    }
    expect(sheet.selfTotal).toBeGreaterThan(80);
    const submitted = await village.post(`/api/assess/ratings/${sheet.id}/actions/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    sheet = submitted.json();
    expect(sheet.status).toBe('township');
    // Frozen: a member leaving no longer changes C3.
    await db().execute(
      sql`update party_members set status = 'full' where region_code = ${regions.ownVillage.code}`,
    );
    const frozen = (await township.get(`/api/assess/ratings/${sheet.id}`)).json() as RatingSheet;
    expect(frozen.scores.find((s) => s.code === 'C3')!.selfValue).toBe(1);
    expect(frozen.scores.find((s) => s.code === 'C3')!.recordValue).toBe(1);
    expect((await village.post(`/api/assess/ratings/${sheet.id}/actions/submit`)).statusCode).toBe(409);
    expect(
      (await village.request('PUT', `/api/assess/ratings/${sheet.id}/scores/A1`, { value: 0 })).statusCode,
    ).toBe(409);
  });

  it('is reviewed by the township with a reason per changed indicator', async () => {
    const list = await township.get(`/api/assess/campaigns/${campaignId}/ratings?status=township`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((r: { id: string }) => r.id)).toEqual([sheet.id]);
    expect(list.json().items[0].evidence).toBeGreaterThan(0);
    const g1 = sheet.scores.find((s) => s.code === 'G1')!;
    const bare = await township.request('PUT', `/api/assess/ratings/${sheet.id}/scores/G1`, { value: 70 });
    expect(bare.statusCode).toBe(422);
    const ok = await township.request('PUT', `/api/assess/ratings/${sheet.id}/scores/G1`, {
      value: 70,
      reason: '入户测评满意率 70%',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    sheet = ok.json();
    expect(sheet.reviewTotal).toBe((sheet.selfTotal ?? 0) - (g1.selfPoints ?? 0) + 21);
    const changed = await township.get(
      `/api/assess/campaigns/${campaignId}/ratings?q=${encodeURIComponent(sheet.villageName ?? '')}`,
    );
    expect(changed.json().items[0].changed).toBe(1);
    expect((await county.post(`/api/assess/ratings/${sheet.id}/actions/approve`)).statusCode).toBe(403);
    const approved = await township.post(`/api/assess/ratings/${sheet.id}/actions/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('county');
  });

  it('is decided by the county, put to 公示, held by an objection and published', async () => {
    const computed = sheet.computedStars!;
    const other = computed === 5 ? 4 : computed + 1;
    expect(
      (await county.post(`/api/assess/ratings/${sheet.id}/actions/decide`, { stars: other })).statusCode,
    ).toBe(422);
    const decided = await county.post(`/api/assess/ratings/${sheet.id}/actions/decide`, { stars: computed });
    expect(decided.statusCode, decided.body).toBe(200);
    expect((await county.post(`/api/assess/campaigns/${campaignId}/actions/startNotice`)).statusCode).toBe(
      409,
    );
    // The other villages are decided straight in the table (their walk is the same).
    await db()
      .update(villageRatings)
      .set({ status: 'decided', stars: 3, computedStars: 3 })
      .where(sql`${villageRatings.campaignId} = ${campaignId} and ${villageRatings.id} <> ${sheet.id}`);
    const notice = await county.post(`/api/assess/campaigns/${campaignId}/actions/startNotice`);
    expect(notice.statusCode, notice.body).toBe(200);
    expect(notice.json().campaign.status).toBe('notice');

    const pub = await h.app.inject({ method: 'GET', url: '/api/public/assess/notices' });
    expect(pub.json().items.map((n: { campaignId: string }) => n.campaignId)).toContain(campaignId);
    const objection = await h.app.inject({
      method: 'POST',
      url: `/api/public/assess/notices/${campaignId}/objections`,
      payload: {
        ratingId: sheet.id,
        text: '该村党员大会记录不全，满意度偏高',
        phone: '13812345678',
        name: '张三',
      },
    });
    expect(objection.statusCode, objection.body).toBe(201);
    const stranger = await h.app.inject({
      method: 'POST',
      url: `/api/public/assess/notices/${campaignId}/objections`,
      payload: { ratingId: randomUUID(), text: '不在名单里的村' },
    });
    expect(stranger.statusCode).toBe(422);

    expect((await county.post(`/api/assess/campaigns/${campaignId}/actions/publish`)).statusCode).toBe(409);
    await db()
      .update(ratingCampaigns)
      .set({ noticeEndsAt: new Date(Date.now() - 60_000) })
      .where(eq(ratingCampaigns.id, campaignId));
    const held = await county.post(`/api/assess/campaigns/${campaignId}/actions/publish`);
    expect(held.statusCode).toBe(409);
    expect(held.json().message).toContain('异议');

    const objections = await county.get(`/api/assess/campaigns/${campaignId}/objections`);
    expect(objections.json().items[0].phone).toBe('138****5678');
    const answer = await county.post(`/api/assess/objections/${objections.json().items[0].id}/answer`, {
      answer: '经核查，满意度测评属实，但会议记录确有缺失，降一星',
      upheld: true,
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect((await county.get(`/api/assess/ratings/${sheet.id}`)).json().status).toBe('county');
    expect((await county.post(`/api/assess/campaigns/${campaignId}/actions/publish`)).statusCode).toBe(409);
    const again = await county.post(`/api/assess/ratings/${sheet.id}/actions/decide`, {
      stars: Math.max(1, computed - 1),
      reason: '异议成立，会议记录缺失',
    });
    expect(again.statusCode, again.body).toBe(200);
    const published = await county.post(`/api/assess/campaigns/${campaignId}/actions/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().campaign.status).toBe('published');

    const stars = await county.get(`/api/assess/villages/${regions.ownVillage.code}/stars`);
    expect(stars.statusCode, stars.body).toBe(200);
    expect(stars.json().stars).toBe(Math.max(1, computed - 1));
    expect(stars.json().history).toHaveLength(1);
    expect(stars.json().rating.id).toBe(sheet.id);
  });

  it('takes dynamic adjustments with a reason after publication', async () => {
    const code = regions.ownVillage.code;
    expect((await county.post('/api/assess/stars', { regionCode: code, stars: 5 })).statusCode).toBe(400);
    expect(
      (await township.post('/api/assess/stars', { regionCode: code, stars: 5, reason: '争创' })).statusCode,
    ).toBe(403);
    const adjusted = await county.post('/api/assess/stars', {
      regionCode: code,
      stars: 5,
      reason: '年中复核，集体经济大幅增收',
    });
    expect(adjusted.statusCode, adjusted.body).toBe(201);
    const stars = (await village.get(`/api/assess/villages/${code}/stars`)).json();
    expect(stars.stars).toBe(5);
    expect(stars.history.map((e: { source: string }) => e.source)).toEqual(['adjust', 'campaign']);
    expect(stars.history[0].reason).toContain('集体经济');
  });
});
