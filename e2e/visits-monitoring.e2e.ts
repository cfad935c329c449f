import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, serverUrl } from './browser';

// 防返贫监测 on a phone: the county runs the sweep from the settings page, and the at-risk list
// shows each household's reasons; nothing scrolls sideways at 375 px.

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('monitoring', () => {
  it('lets the county sweep now and read the reasons of the households at risk on a 375 px phone', async () => {
    const context = await newContext(browser, baseUrl, 375, 740);
    try {
      const page = await context.newPage();
      await loginAs(page, 'xian');
      await page.goto('/monitoring-settings');
      await page.getByTestId('rules-table').getByText('R1').first().waitFor();
      await page.getByTestId('thresholds-table').waitFor();
      await page.getByTestId('sweep-now').click();
      await page.getByText(/扫描完成：/).waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);

      await page.goto('/monitoring');
      await page.getByTestId('at-risk-table').waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
    } finally {
      await context.close();
    }
  });
});
