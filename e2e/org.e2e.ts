import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, pickOption, serverUrl } from './browser';

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const withPage = async (fn: (page: Page) => Promise<void>) => {
  const context = await newContext(browser, baseUrl);
  try {
    await fn(await context.newPage());
  } finally {
    await context.close();
  }
};

const chooseOption = (page: Page, testId: string, text: string, search?: string) =>
  pickOption(page, testId, text, { search });

describe('party organizations', () => {
  it('lets the county admin create a branch in a village and shows it in the tree', () =>
    withPage(async (page) => {
      const name = `牛行村第${Date.now() % 100000}党支部`;
      await loginAs(page, 'xian');
      await page.getByTestId('nav-orgs').click();
      await page.getByTestId('org-tree').waitFor();
      await page.getByTestId('org-create').click();
      await page.getByTestId('org-name').fill(name);
      await chooseOption(page, 'org-level', '党支部');
      await chooseOption(page, 'org-region', '牛行', '牛行');
      await page.getByTestId('org-form-submit').click();
      const node = page.getByTestId('org-tree').getByText(name);
      await node.waitFor();
      await node.click();
      await expect(page.getByTestId('org-detail').textContent()).resolves.toContain('党支部');
    }));
});
