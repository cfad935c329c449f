import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignDetail, RatingSheet } from '../src/contracts/api/assess-campaign';
import { testPhoto } from '../src/testing/photos';
import {
  freePort,
  type ServerProcess,
  spawnServer,
  stopServer,
  waitForHealth,
} from '../src/testing/server-process';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, pickOption } from './browser';

// 星级评定 from end to end (docs/assessments.md §2): the village secretary scores on a 375 px phone
// with photos and submits; the township adjusts one indicator with a reason and approves; the
// county decides the stars, starts 公示; someone without an account objects, the county answers;
// the notice period is moved into the past in the database; the county publishes and the village
// page shows the stars. Its own server on its own PostgreSQL database, so that the test can reach
// the database (the other e2e tests share one PGlite server, which no other process may open).

const ADMIN_URL = process.env.ZX_E2E_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `zx_e2e_assess_${Date.now().toString(36)}`;
const dbUrl = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
let browser: Browser;
let server: ServerProcess | undefined;
let dataDir = '';
let db: pg.Client;
let baseUrl = '';

beforeAll(async () => {
  const admin = new pg.Client(ADMIN_URL);
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'zhenxing-assess-e2e-'));
  server = spawnServer(await freePort(), {
    DATA_DIR: dataDir,
    DATABASE_URL: dbUrl,
    ZHENXING_SECRET_KEY: undefined,
  });
  await waitForHealth(server);
  baseUrl = server.baseUrl;
  db = new pg.Client(dbUrl);
  await db.connect();
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await db?.end();
  if (server) await stopServer(server);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  const admin = new pg.Client(ADMIN_URL);
  await admin.connect();
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
}, 60_000);

const csrfOf = async (page: Page) =>
  ((await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string }).csrfToken;

const apiGet = async <T>(page: Page, url: string): Promise<T> => {
  const res = await page.request.get(url);
  if (!res.ok()) throw new Error(`GET ${url}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
};

/** Picks one value per indicator as a secretary would: 是, the top tier, full points, 95 %; 否 for the veto. */
const fillIndicator = async (page: Page, s: RatingSheet['scores'][number]) => {
  const row = page.getByTestId(`score-${s.code}`);
  switch (s.method) {
    case 'yesno':
      await row.getByText('是', { exact: true }).click();
      break;
    case 'veto':
      await row.getByText('否', { exact: true }).click();
      break;
    case 'tiers': {
      const top = s.tiers![s.tiers!.length - 1]!;
      await pickOption(page, row.getByRole('combobox'), top.label);
      break;
    }
    case 'percent':
      await row.getByRole('spinbutton').fill('95');
      await row.getByRole('spinbutton').press('Tab');
      break;
    default:
      await row.getByRole('spinbutton').fill(String(s.maxPoints));
      await row.getByRole('spinbutton').press('Tab');
  }
};

describe('star rating: self-assessment, review, decision, 公示, publication', () => {
  it('runs a village through the whole campaign', { timeout: 600_000 }, async () => {
    const desk = await newContext(browser, baseUrl);
    const townDesk = await newContext(browser, baseUrl);
    const phoneCtx = await newContext(browser, baseUrl, 375, 740);
    const publicCtx = await newContext(browser, baseUrl, 375, 740);
    try {
      // The county opens the year's campaign with the published default criteria.
      const county = await desk.newPage();
      await loginAs(county, 'xian');
      const set = await db.query<{ id: string; year: number }>(
        `select id, year from criteria_sets where status = 'published' and region_code = '451022000000'
         order by year desc, version desc limit 1`,
      );
      // The demo's synthetic data already holds this year's campaign (every village scored by the
      // generator): remove it, so the county opens the year as it does in a county's first year.
      await db.query(
        `with c as (select id from rating_campaigns where region_code = '451022000000' and year = $1),
           r as (delete from village_ratings where campaign_id in (select id from c) returning id),
           s as (delete from rating_scores where rating_id in (select id from r))
         delete from rating_campaigns where id in (select id from c)`,
        [set.rows[0]!.year],
      );
      const created = await county.request.post('/api/assess/campaigns', {
        headers: { 'x-csrf-token': await csrfOf(county) },
        data: { year: set.rows[0]!.year, setId: set.rows[0]!.id, noticeDays: 5 },
      });
      expect(created.status(), await created.text()).toBeLessThan(300);
      const { campaign } = (await created.json()) as CampaignDetail;
      await county.goto('/assess-campaigns');
      await county.getByTestId('campaign-link').filter({ hasText: campaign.name }).waitFor();

      // 星级自评 on the phone.
      const phone = await phoneCtx.newPage();
      await loginAs(phone, 'cun');
      const mine = (await apiGet<{ rating: RatingSheet | null }>(phone, '/api/assess/my-rating')).rating!;
      expect(mine.status).toBe('self');
      await phone.goto('/assess-self');
      await phone.getByTestId('self-submit').waitFor();
      const auto = mine.scores.filter((s) => s.source);
      for (const s of auto)
        await phone.getByTestId(`score-${s.code}`).getByText('自动读取', { exact: true }).waitFor();
      for (const s of mine.scores.filter((x) => !x.source)) await fillIndicator(phone, s);
      for (const s of mine.scores.filter((x) => !x.source && x.evidenceRequired)) {
        await phone
          .getByTestId(`photo-input-${s.code}`)
          .setInputFiles({ name: `${s.code}.jpg`, mimeType: 'image/jpeg', buffer: await testPhoto() });
        await phone.getByRole('img', { name: `${s.code} 第 1 张照片` }).waitFor();
      }
      await phone.getByTestId('self-missing').waitFor({ state: 'detached' });
      expect(await overflowsHorizontally(phone)).toBe(false);
      await phone.getByTestId('self-submit').click();
      await phone.getByTestId('self-confirm').click();
      await phone.getByTestId('self-readonly').waitFor();
      const submitted = (await apiGet<{ rating: RatingSheet }>(phone, '/api/assess/my-rating')).rating;
      expect(submitted.status).toBe('township');
      expect(submitted.selfTotal).toBeGreaterThan(0);

      // Every other village of the county is taken as decided (the database stands in for 150 reviews).
      await db.query(
        `update village_ratings set status = 'decided', stars = coalesce(computed_stars, 1), decided_at = now()
         where campaign_id = $1 and id <> $2`,
        [campaign.id, mine.id],
      );

      // The township adjusts B3 with a reason (asked for when the value differs) and approves.
      const township = await townDesk.newPage();
      await loginAs(township, 'zhen');
      // The township sees the county's campaign (its own villages).
      await apiGet(township, `/api/assess/campaigns/${campaign.id}`);
      await township.goto(`/assess-campaigns/${campaign.id}`);
      await township.getByTestId('ratings-table').waitFor();
      await township.goto(`/assess-ratings/${mine.id}`);
      await township.getByTestId('adjust-B3').click();
      await township.getByRole('dialog').getByText('否', { exact: true }).click();
      await township.getByTestId('adjust-save').click();
      await township.getByText('调整了分值，请填写理由').first().waitFor();
      await township.getByTestId('adjust-reason').fill('班子中女性成员已于年中离任，核实后不得分');
      await township.getByTestId('adjust-save').click();
      await township.getByTestId('review-B3').getByText('否').waitFor();
      await township.getByText('班子中女性成员已于年中离任，核实后不得分').first().waitFor();
      await township.getByTestId('rating-approve').click();
      await township.getByText('县级审定', { exact: true }).first().waitFor();
      const reviewed = await apiGet<RatingSheet>(township, `/api/assess/ratings/${mine.id}`);
      expect(reviewed.status).toBe('county');
      expect(reviewed.reviewTotal).toBe((submitted.selfTotal ?? 0) - 2);

      // The county decides one star below the computed ones, with the reason that asks for.
      await county.goto(`/assess-ratings/${mine.id}`);
      await county.getByTestId('rating-decide').click();
      const decided = Math.max(1, (reviewed.computedStars ?? 2) - 1);
      await pickOption(county, county.getByTestId('decide-stars'), `${decided} 星`, { exact: true });
      await county.getByTestId('action-ok').click();
      await county.getByText('审定星级与按分星级不同，请填写理由').first().waitFor();
      await county
        .getByTestId('action-reason')
        .fill('村集体经济收入中有一笔一次性补助，按实际经营收入降一星');
      await county.getByTestId('action-ok').click();
      await county
        .getByTestId('decided-stars')
        .and(county.locator(`[data-stars="${decided}"]`))
        .waitFor();

      // 公示.
      await county.goto(`/assess-campaigns/${campaign.id}`);
      await county.getByTestId('campaign-startNotice').click();
      await county.getByTestId('campaign-confirm').click();
      await county.getByTestId('publish-blocked').waitFor();

      // Anyone objects, without an account.
      const visitor = await publicCtx.newPage();
      await visitor.goto(`/public/assess-notice/${campaign.id}`);
      await visitor.getByTestId('notice-period').waitFor();
      await visitor.getByTestId(`object-${mine.regionCode}`).click();
      await visitor.getByTestId('objection-text').fill('该村的群众满意度测评没有到各组开展');
      await visitor.getByTestId('objection-send').click();
      await visitor.getByTestId('objection-sent').waitFor();
      expect(await overflowsHorizontally(visitor)).toBe(false);

      // The county answers it (not upheld).
      await county.reload();
      await county.getByRole('tab', { name: /异议答复/ }).click();
      await county.getByTestId('objection-answer').click();
      await county.getByTestId('answer-text').fill('经核实，测评已在各村民小组开展，记录齐全，异议不成立');
      await county.getByTestId('answer-ok').click();
      await county.getByText('不成立', { exact: true }).first().waitFor();

      // The notice period ends (moved into the past in the database); the county publishes.
      await db.query(
        `update rating_campaigns set notice_ends_at = now() - interval '1 minute',
                notice_started_at = now() - interval '6 days' where id = $1`,
        [campaign.id],
      );
      await county.goto(`/assess-campaigns/${campaign.id}`);
      await county.getByTestId('campaign-publish').click();
      await county.getByTestId('campaign-confirm').click();
      await county.getByText('已发布', { exact: true }).first().waitFor();

      // The village's page shows its stars, the reason, and the rating with its evidence.
      await phone.goto(`/assess-villages/${mine.regionCode}`);
      await phone.locator(`[data-testid="village-current-stars"][data-stars="${decided}"]`).waitFor();
      await phone.getByText('村集体经济收入中有一笔一次性补助，按实际经营收入降一星').first().waitFor();
      await phone.getByRole('img', { name: 'C1 第 1 张照片' }).waitFor();
      expect(await overflowsHorizontally(phone)).toBe(false);
    } finally {
      await desk.close();
      await townDesk.close();
      await phoneCtx.close();
      await publicCtx.close();
    }
  });
});
