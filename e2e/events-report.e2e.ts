import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPhoto } from '../src/testing/photos';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, serverUrl } from './browser';

// 上报事件 on a 375 px phone: once with the browser offline (kept on the phone, then sent once when
// the signal returns, with its photo), once online straight through, and "是不是这些事？" → 跟进.

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Mine = { items: { id: string; title: string; photoCount: number; relation: string; status: string }[] };

const mine = async (page: Page): Promise<Mine['items']> =>
  ((await (await page.request.get('/api/events/mine?pageSize=50')).json()) as Mine).items;

const write = async (page: Page, code: string, text: string) => {
  await page.getByTestId(`report-category-${code}`).click();
  await page.getByTestId('report-description').fill(text);
};

describe('reporting on a phone', () => {
  it('keeps a report written offline on the phone, sends it once when back online, then files another straight away', async () => {
    const phone = await newContext(browser, baseUrl, 375, 740);
    try {
      const page = await phone.newPage();
      await loginAs(page, 'cunmin');
      await page.goto('/events-report');
      await expect(page.getByTestId('report-place').textContent()).resolves.toContain('上报到');
      const offlineText = `离线上报：村道塌了一块${Date.now() % 100_000}`;
      await write(page, 'E10', offlineText);
      await page
        .getByTestId('report-photo-input')
        .setInputFiles({ name: 'road.jpg', mimeType: 'image/jpeg', buffer: await testPhoto() });
      await page.getByRole('img', { name: '第 1 张照片' }).waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);

      await phone.setOffline(true);
      await page.getByTestId('report-submit').click();
      await page.getByText('无网络：已保存在手机上，来网后自动发送').waitFor();
      await page.getByText('1 条上报保存在手机上，来网后自动发送').waitFor();
      // 立即发送 with no signal: the request fails, the report stays on the phone.
      await page.getByTestId('report-send-now').click();
      await page.getByText('仍然没有网络，稍后会自动发送').waitFor();
      await page.getByText('1 条上报保存在手机上，来网后自动发送').waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);

      // The signal returns: the page sends it by itself, once.
      await phone.setOffline(false);
      await page.getByTestId('report-queue-sent').waitFor();
      await page.getByTestId('report-queue-waiting').waitFor({ state: 'detached' });
      const filed = (await mine(page)).filter((e) => e.title === offlineText);
      expect(filed).toHaveLength(1);
      expect(filed[0]).toMatchObject({ relation: 'reported', status: 'reported', photoCount: 1 });

      // A second report, online: no similar report of that category, so it is filed at once.
      await page.getByTestId('report-again').click();
      const onlineText = `在线上报：垃圾桶满了${Date.now() % 100_000}`;
      await write(page, 'E11', onlineText);
      await page.getByTestId('report-submit').click();
      await page.getByTestId('report-sent').waitFor();
      expect((await mine(page)).filter((e) => e.title === onlineText)).toHaveLength(1);

      // 我的上报 lists both, with their status.
      await page.goto('/events-mine');
      await page.getByText(offlineText).waitFor();
      await page.getByText(onlineText).waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
    } finally {
      await phone.close();
    }
  });

  it('offers the open report of the same kind instead of a duplicate, and follows it (跟进)', async () => {
    const desk = await newContext(browser, baseUrl, 375, 740);
    const phone = await newContext(browser, baseUrl, 375, 740);
    try {
      const worker = await desk.newPage();
      await loginAs(worker, 'wangge');
      const context = (await (await worker.request.get('/api/events/report-context')).json()) as {
        categories: { id: string; code: string }[];
      };
      const csrf = ((await (await worker.request.get('/api/auth/me')).json()) as { csrfToken: string })
        .csrfToken;
      const title = `水渠堵了，田里淹水${Date.now() % 100_000}`;
      const created = await worker.request.post('/api/events', {
        headers: { 'x-csrf-token': csrf },
        data: { categoryId: context.categories.find((c) => c.code === 'E09')?.id, description: title },
      });
      expect(created.status()).toBe(201);

      const page = await phone.newPage();
      await loginAs(page, 'cunmin');
      await page.goto('/events-report');
      await write(page, 'E09', '我家田里也被水淹了');
      await page.getByTestId('report-submit').click();
      await page.getByText('是不是这些事？').waitFor();
      const card = page.getByTestId('report-similar').locator('.ant-card').filter({ hasText: title });
      await card.getByTestId('similar-follow').click();
      await page.getByText('已跟进，可在「我的上报」查看进展').waitFor();
      const followed = (await mine(page)).filter((e) => e.title === title);
      expect(followed).toMatchObject([{ relation: 'followed' }]);
      expect((await mine(page)).filter((e) => e.title === '我家田里也被水淹了')).toHaveLength(0);
      await page.goto('/events-mine');
      await page.getByTestId('my-events-filter').getByText('我跟进的').click();
      await page.getByText(title).waitFor();
    } finally {
      await desk.close();
      await phone.close();
    }
  });
});
