import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, serverUrl } from './browser';

// 工作台 on a grid worker's phone (issue 10): its three jobs first, a returned claim with its
// reason, a photo added to a claim that waits, and the secretary then approving it.

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const csrf = async (page: Page) =>
  ((await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string }).csrfToken;

/** A phone photo: a small JPEG made here. */
const photo = () =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: '#3a7d44' } })
    .jpeg()
    .toBuffer();

/** A claim under 义务劳动 (C04) for a household of the worker's village, through the API. */
const propose = async (worker: Page) => {
  const list = (await (await worker.request.get('/api/households?pageSize=5')).json()) as {
    items: { id: string; regionCode: string; headName: string | null }[];
  };
  const home = list.items.find((h) => h.headName) ?? list.items[0];
  const rules = (await (
    await worker.request.get(`/api/points/rules?system=civil&regionCode=${home.regionCode}`)
  ).json()) as { id: string; code: string }[];
  const rule = rules.find((r) => r.code === 'C04');
  const res = await worker.request.post('/api/points/claims', {
    headers: { 'x-csrf-token': await csrf(worker) },
    data: {
      system: 'civil',
      holderId: home.id,
      ruleId: rule?.id,
      occurredOn: new Date().toISOString().slice(0, 10),
    },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: string };
};

describe('工作台', () => {
  it('starts a grid worker’s phone with its jobs, shows why a claim came back, takes a photo for a waiting one, and the secretary approves it', async () => {
    const phone = await newContext(browser, baseUrl, 375, 740);
    const desk = await newContext(browser, baseUrl, 1280, 800);
    try {
      const worker = await phone.newPage();
      await loginAs(worker, 'wangge');
      await worker.getByTestId('home-shortcuts').waitFor();
      const jobs = await worker
        .locator('[data-testid^="shortcut-"]')
        .evaluateAll((els) => els.slice(0, 4).map((e) => e.getAttribute('data-testid')));
      expect(jobs).toEqual([
        'shortcut-events-report',
        'shortcut-points-propose',
        'shortcut-my-grid',
        'shortcut-visits/new',
      ]);
      // On the first screen of the phone, without scrolling.
      const third = await worker.getByTestId('shortcut-visits/new').boundingBox();
      expect((third?.y ?? 999) + (third?.height ?? 0)).toBeLessThan(740);
      expect(await overflowsHorizontally(worker)).toBe(false);

      const sentBack = await propose(worker);
      const waiting = await propose(worker);
      const cun = await desk.newPage();
      await loginAs(cun, 'cun');
      const reason = '请补一张劳动现场的照片';
      const returned = await cun.request.post(`/api/points/claims/${sentBack.id}/return`, {
        headers: { 'x-csrf-token': await csrf(cun) },
        data: { reason },
      });
      expect(returned.status()).toBe(200);

      // The home page says what came back and why, before anything else.
      await worker.goto('/');
      const backCard = worker.getByTestId('pending-points.returned');
      await backCard.getByText(reason).waitFor();
      const pendingTop = (await backCard.boundingBox())?.y ?? 999;
      const jobsTop = (await worker.getByTestId('home-shortcuts').boundingBox())?.y ?? 0;
      expect(pendingTop).toBeLessThan(jobsTop);

      // 我的申报: a photo for the claim still waiting.
      await worker.getByTestId('shortcut-points-mine').click();
      const mine = worker.getByTestId(`my-claim-${waiting.id}`);
      await mine.getByTestId('my-claim-status').getByText('待审核').waitFor();
      await worker
        .getByTestId(`my-claim-${sentBack.id}`)
        .getByTestId('my-claim-reason')
        .getByText(reason)
        .waitFor();
      await mine
        .locator('input[type=file]')
        .setInputFiles({ name: 'laodong.jpg', mimeType: 'image/jpeg', buffer: await photo() });
      await worker.getByText('照片已上传').waitFor();
      await mine.locator('img').first().waitFor();
      expect(await overflowsHorizontally(worker)).toBe(false);

      // The secretary sees the photo with the claim and approves it in one tap.
      await cun.goto('/points-review');
      const card = cun.getByTestId(`claim-${waiting.id}`);
      await card.locator('img').first().waitFor();
      await card.getByTestId('claim-approve').click();
      await cun.getByText('已通过并入账').waitFor();

      await worker.reload();
      await worker
        .getByTestId(`my-claim-${waiting.id}`)
        .getByTestId('my-claim-status')
        .getByText('已通过')
        .waitFor();
    } finally {
      await phone.close();
      await desk.close();
    }
  });
});
