import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, serverUrl } from './browser';

// 办理与派单 in the browser: the township blows the whistle (吹哨) on the event page, the county's
// civil-affairs handler acknowledges (报到) and handles with a photo on a 375 px phone, the township
// approves, and the villager who reported rates on 我的上报, on a phone. The report and the village's
// escalation go through the API (e2e/events-report.e2e.ts drives the report page, offline and online).

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const photo = () =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: '#3a7d44' } })
    .jpeg()
    .toBuffer();

const api = async (page: Page, method: 'GET' | 'POST', path: string, data?: unknown) => {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const res = await page.request.fetch(path, { method, data, headers: { 'x-csrf-token': me.csrfToken } });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return res.json();
};

const act = async (page: Page, action: string) => {
  const button = page.getByTestId(`action-${action}`).first();
  await button.waitFor();
  await button.click();
};

describe('events: dispatch, duty and rating', () => {
  it('goes from the township’s whistle to the department’s photo, the approval and the rating', {
    timeout: 240_000,
  }, async () => {
    // One browser context per person: each has its own session cookie.
    const contexts = await Promise.all([
      newContext(browser, baseUrl, 375, 740),
      newContext(browser, baseUrl, 1280, 800),
      newContext(browser, baseUrl, 1280, 800),
      newContext(browser, baseUrl, 375, 740),
    ]);
    const [villagerPhone, cunDesk, zhenDesk, phone] = contexts;
    try {
      // The villager reports (API), the village escalates it to the township (API).
      const worker = await villagerPhone!.newPage();
      await loginAs(worker, 'cunmin');
      const categories = (await api(worker, 'GET', '/api/events/categories')) as {
        id: string;
        code: string;
      }[];
      const title = `路灯不亮${Date.now() % 100_000}`;
      const event = (await api(worker, 'POST', '/api/events', {
        categoryId: categories.find((c) => c.code === 'E14')!.id,
        title,
        description: '村口三盏路灯不亮，晚上看不清路',
      })) as { id: string; number: string };
      const cunPage = await cunDesk!.newPage();
      await loginAs(cunPage, 'cun');
      await api(cunPage, 'POST', `/api/events/${event.id}/actions/escalate`, { reason: '需要乡镇协调' });

      // 乡镇: the event is in its 待办; 吹哨 to 民政 on the event page.
      const zhen = await zhenDesk!.newPage();
      await loginAs(zhen, 'zhen');
      await zhen.goto('/events');
      await zhen.getByTestId('event-link').filter({ hasText: title }).click();
      await zhen.getByTestId('event-title').filter({ hasText: title }).waitFor();
      await act(zhen, 'dispatch');
      // A multiple select stays open after a pick; a click that lands while the list still settles
      // picks nothing, so the pick is tried again until the field shows 民政 (a second click on a
      // picked option would drop it).
      const departments = zhen.getByTestId('action-departments');
      for (let attempt = 1; ; attempt++) {
        const list = zhen.locator('.ant-select-dropdown:visible');
        if ((await list.count()) === 0) {
          await departments.click();
          await zhen.keyboard.type('民政');
        }
        await list.locator('.ant-select-item-option').filter({ hasText: '民政' }).first().click();
        try {
          await expect.poll(() => departments.textContent(), { timeout: 3_000 }).toContain('民政');
          break;
        } catch (e) {
          if (attempt >= 5) throw e;
        }
      }
      await zhen.keyboard.press('Escape');
      await zhen.getByTestId('action-submit').click();
      await zhen.getByTestId('dispatch-card').filter({ hasText: '民政' }).waitFor();

      // 部门 on a phone: 报到, then 办理 with the result and a photo.
      const bumen = await phone!.newPage();
      await loginAs(bumen, 'bumen');
      await bumen.goto('/events-duty');
      const item = bumen.locator('.ant-list-item').filter({ hasText: title });
      await item.getByTestId('action-acknowledge').click();
      await item.getByTestId('action-handle').waitFor();
      expect(await overflowsHorizontally(bumen)).toBe(false);
      await item.getByTestId('action-handle').click();
      await bumen.getByTestId('action-result').fill('已联系供电所更换灯泡，恢复照明');
      await bumen
        .locator('.ant-modal input[type=file]')
        .setInputFiles({ name: 'done.jpg', mimeType: 'image/jpeg', buffer: await photo() });
      await bumen.getByTestId('action-submit').click();
      await bumen.locator('.ant-modal').waitFor({ state: 'detached' });
      await bumen.getByText('已办理').first().waitFor();

      // 乡镇 approves on the event page.
      await zhen.reload();
      await act(zhen, 'approve');
      await zhen.getByTestId('event-status').filter({ hasText: '已办结' }).waitFor();

      // The villager rates on 我的上报, on the phone.
      await worker.goto('/events-mine');
      const card = worker.getByTestId(`my-event-${event.number}`);
      await card.getByTestId('event-rate').locator('.ant-rate-star').nth(4).click();
      await card.getByTestId('event-rate-submit').click();
      await card.getByTestId('my-event-status').filter({ hasText: '已评价' }).waitFor();
      expect(await overflowsHorizontally(worker)).toBe(false);
      const detail = (await api(worker, 'GET', `/api/events/${event.id}`)) as {
        rating: number;
        status: string;
      };
      expect(detail).toMatchObject({ rating: 5, status: 'rated' });
    } finally {
      for (const c of contexts) await c.close();
    }
  });
});
