import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, serverUrl } from './browser';

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('economy plans page', () => {
  it('shows the county its plans, weak villages and target progress on a 375 px phone', async () => {
    const context = await newContext(browser, baseUrl, 375, 740);
    try {
      const page = await context.newPage();
      await loginAs(page, 'xian');
      await page.goto('/economy-plans');
      await page.getByTestId('plans-table').waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
      await page.goto('/economy-plans?tab=weak');
      await page.getByTestId('weak-summary').waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
      await page.goto('/economy-plans?tab=tiers');
      await page.getByTestId('target-card').first().waitFor();
      await page.getByRole('progressbar').first().waitFor();
      const names = await page
        .getByRole('progressbar')
        .evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label') ?? ''));
      expect(names.every((n) => n.length > 0)).toBe(true);
      await page.getByTestId('bands-form').waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
    } finally {
      await context.close();
    }
  }, 120_000);
});
