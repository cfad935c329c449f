import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, serverUrl } from './browser';

// 年度收支 on a phone: a village secretary opens a year's account, enters a line in 元, corrects
// it and deletes it; the account's sums follow, and nothing scrolls sideways at 375 px.

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const saveLine = async (page: Page) => {
  await page.getByTestId('line-save').click();
  await page.getByTestId('line-save').waitFor({ state: 'detached' });
};

describe('yearly accounts', () => {
  it('lets a village secretary keep the lines of an account on a 375 px phone', async () => {
    const context = await newContext(browser, baseUrl, 375, 740);
    try {
      const page = await context.newPage();
      await loginAs(page, 'cun');
      await page.goto('/economy-accounts');
      await page.getByTestId('accounts-table').waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);

      // A year before the demo's accounts (2020 on) that no other test uses: 2001–2018. (2001 + a
      // remainder of 20 reached 2020, which the demo holds, one run in twenty, and the form refused it.)
      const year = 2001 + (Date.now() % 18);
      await page.getByTestId('account-create').click();
      await page.getByTestId('account-year').fill(String(year));
      await page.getByTestId('account-create-ok').click();
      await page.waitForURL(/\/economy-accounts\/[0-9a-f-]{36}$/);
      await page.getByTestId('account-sums').waitFor();

      await page.getByTestId('line-add').click();
      await page.getByTestId('line-item').fill('土地发包');
      await page.getByTestId('line-amount').fill('1234.56');
      await saveLine(page);
      await page.getByTestId('account-sums').getByText('1,234.56').first().waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);

      await page.getByTestId('line-edit').click();
      await page.getByTestId('line-amount').fill('2000');
      await saveLine(page);
      await page.getByTestId('account-sums').getByText('2,000.00').first().waitFor();

      await page.getByTestId('line-delete').click();
      await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
      await page.getByText('还没有收入明细，请添加').waitFor();
      await page.getByTestId('account-sums').getByText('0.00').first().waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
    } finally {
      await context.close();
    }
  }, 120_000);
});
