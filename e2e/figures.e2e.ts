import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, serverUrl } from './browser';
import { loadWorkbook } from './excel';

// 指标目录: the county finds a figure by a word of its definition, reads the value the records
// give (the same as the API's), and exports the sheet; on a phone the table keeps name and value.

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('figure catalogue', () => {
  it('lets the county search a figure, read its value and export the sheet at 1366 px', async () => {
    const context = await newContext(browser, baseUrl, 1366, 800);
    try {
      const page = await context.newPage();
      await loginAs(page, 'xian');
      await page.getByTestId('nav-figures').click();
      await page.getByTestId('figures-values-of').waitFor();
      const values = (await (await page.request.get('/api/figures/values')).json()) as {
        values: { key: string; value: number | null }[];
      };
      const households = values.values.find((v) => v.key === 'households.count')!.value!;
      expect(households).toBeGreaterThan(1000);
      await page.getByPlaceholder('搜索指标名称或口径').fill('登记在册（未删除）的农户');
      const table = page.getByTestId('figures-table');
      await table.getByText('households.count').waitFor();
      await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
      await table.getByText(households.toLocaleString('zh-CN')).waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('figures-export').click(),
      ]);
      const sheet = (await loadWorkbook(readFileSync((await download.path())!))).getWorksheet('指标')!;
      const row = sheet
        .getRows(4, sheet.rowCount - 3)!
        .find((r) => r.getCell(7).value === 'households.count')!;
      expect(row.getCell(3).value).toBe(households);
    } finally {
      await context.close();
    }
  });

  it('keeps the name and the value of each figure on a 375 px phone', async () => {
    const context = await newContext(browser, baseUrl, 375, 740);
    try {
      const page = await context.newPage();
      await loginAs(page, 'zhen');
      await page.goto('/figures');
      await page.getByTestId('figures-values-of').getByText('平马镇').waitFor();
      await page.getByTestId('figures-table').getByText('农户数').first().waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
    } finally {
      await context.close();
    }
  });
});
