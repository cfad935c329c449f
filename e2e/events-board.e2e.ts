import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, serverUrl } from './browser';

// 事件考核 and 公开晾晒 in a browser: the public page opens without logging in on a phone and on a
// wall screen, with the time of its data; the board switches units and offers its export.

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('events boards', () => {
  it('shows the public overdue board without logging in, on a phone and a wall screen', {
    timeout: 60_000,
  }, async () => {
    for (const [width, height] of [
      [375, 740],
      [1920, 1080],
    ]) {
      const context = await newContext(browser, baseUrl, width, height);
      const page = await context.newPage();
      try {
        await page.goto('/public/overdue/451022');
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('田东县');
        await expect
          .poll(() => page.getByTestId('public-as-of').textContent())
          .toMatch(/数据时间 \d{4}-\d{2}-\d{2}/);
        expect(page.url()).toContain('/public/overdue/451022');
        expect(await page.getByTestId('login-form').count()).toBe(0);
        expect(await overflowsHorizontally(page)).toBe(false);
        await expect.poll(() => page.title()).toBe('超期事件公开晾晒 - 振兴');
      } finally {
        await context.close();
      }
    }
  });

  it('lets the county switch units and export the board', { timeout: 60_000 }, async () => {
    const context = await newContext(browser, baseUrl, 375, 740);
    const page = await context.newPage();
    try {
      await loginAs(page, 'xian');
      await page.goto('/events-board');
      await page.getByRole('heading', { name: '事件考核' }).waitFor();
      for (const unit of ['部门', '乡镇', '村']) {
        await page.getByTestId('board-unit').getByText(unit, { exact: true }).click();
        await page.locator('.ant-table').first().waitFor();
      }
      const href = await page.getByTestId('board-export').getAttribute('href');
      expect(href).toMatch(/^\/api\/events\/board\/export\?unit=village&from=\d{4}-\d{2}-\d{2}&to=/);
      const res = await page.request.get(href!);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('spreadsheetml');
      expect(await overflowsHorizontally(page)).toBe(false);
    } finally {
      await context.close();
    }
  });
});
