import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, serverUrl } from './browser';

// 便民服务 on a phone: a villager finds an item by its pinyin initials and applies; the county admin
// edits a category's limit in the editor.

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('service list and categories', () => {
  it('a villager on a 375 px phone finds 最低生活保障 by pinyin initials, applies, and gets the request number', async () => {
    const phone = await newContext(browser, baseUrl, 375, 740);
    try {
      const page = await phone.newPage();
      await loginAs(page, 'cunmin');
      await page.goto('/services');
      await page.getByTestId('services-search').fill('zdsh');
      const card = page.getByTestId('service-S06');
      await card.waitFor();
      expect(await page.getByTestId('service-S01').count()).toBe(0);
      await card.getByText('定标（办事指南）').click();
      await card.getByText('村党群服务中心便民服务窗口受理').waitFor();
      await page.getByTestId('service-apply-S06').click();
      await page.getByTestId('service-request-text').fill('家里老人生病住院，想申请低保');
      await page.getByTestId('service-request-submit').click();
      await page.getByText('已提交申请').waitFor();
      expect(await page.getByText(/申请编号 \d{4}-\d{6}-\d{4}/).count()).toBe(1);
      expect(await page.getByTestId('service-request-mine').getAttribute('href')).toBe('/events-mine');
      expect(await overflowsHorizontally(page)).toBe(false);
      const mine = (await (await page.request.get('/api/events/services')).json()) as unknown[];
      expect(mine).toHaveLength(17);
    } finally {
      await phone.close();
    }
  });

  it('the county admin changes a stage limit of a category and the editor shows it', async () => {
    const desk = await newContext(browser, baseUrl, 1280, 800);
    try {
      const page = await desk.newPage();
      await loginAs(page, 'xian');
      await page.goto('/events-categories');
      await page.getByText('修改时限只对此后开始的办理环节生效').first().waitFor();
      await page.getByTestId('category-edit-E12').click();
      await page.getByTestId('limit-review').fill('3');
      await page.getByTestId('category-form-submit').click();
      await page.getByText('已保存').waitFor();
      await page.getByText('乡镇审核 3 工作日').first().waitFor();
    } finally {
      await desk.close();
    }
  });
});
