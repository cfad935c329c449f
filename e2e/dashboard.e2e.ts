import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickUntilRegion,
  launchBrowser,
  loginAs,
  newContext,
  overflowsHorizontally,
  serverUrl,
} from './browser';
import { loadWorkbook } from './excel';

// 驾驶舱 in a browser: the county opens its dashboard at 1366 px, clicks a township's bar and then a
// village's, opens the households behind the village's number and goes on to one of them (一户一档),
// and exports the county's view; on a 375 px phone the township's dashboard fits.

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Board = {
  regionName: string;
  children: { code: string; name: string }[];
  figures: { key: string; value: number | null; byChild: number[] | null }[];
};

const board = async (page: Page, query = '') => {
  const res = await page.request.get(`/api/figures/dashboard?keys=households.count${query}`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as Board;
};

/** Clicks the chart's bars until the dashboard shows another region. */
const clickABar = async (page: Page, chart: Locator, names: string[]) => {
  await chart.locator('svg').waitFor();
  const bars = chart.locator('svg path[fill]:not([fill="none"])');
  await expect.poll(() => bars.count()).toBeGreaterThan(0);
  return clickUntilRegion(page, bars, names, 6);
};

describe('dashboard', () => {
  it('drills from a township’s bar to a village and to a household, and exports, at 1366 px', async () => {
    const context = await newContext(browser, baseUrl, 1366, 900);
    try {
      const page = await context.newPage();
      await loginAs(page, 'xian');
      await page.getByTestId('nav-dashboard').click();
      const card = page.getByTestId('dashboard-card-households.count');
      await card.waitFor();
      const county = await board(page);
      const households = county.figures[0].value!;
      await expect
        .poll(() => page.getByTestId('dashboard-value-households.count').textContent())
        .toBe(households.toLocaleString('zh-CN'));
      await page.getByTestId('dashboard-data-at').waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('dashboard-export').click(),
      ]);
      const sheet = (await loadWorkbook(readFileSync((await download.path())!))).getWorksheet('驾驶舱')!;
      const row = sheet.getRows(4, sheet.rowCount - 3)!.find((r) => r.getCell(1).value === '农户数')!;
      expect(row.getCell(3).value).toBe(households);
      expect(row.getCell(5).value).toBe(county.figures[0].byChild![0]);

      const township = await clickABar(
        page,
        page.getByTestId('dashboard-chart-households.count-canvas'),
        county.children.map((c) => c.name),
      );
      const townshipCode = county.children.find((c) => c.name === township)!.code;
      await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe(townshipCode);
      const villages = (await board(page, `&regionCode=${townshipCode}`)).children;
      const village = await clickABar(
        page,
        page.getByTestId('dashboard-chart-households.count-canvas'),
        villages.map((v) => v.name),
      );
      await page.getByTestId('dashboard-path').getByText(township).waitFor();

      await page.getByTestId('dashboard-value-households.count').click();
      const drawer = page.getByTestId('dashboard-drill');
      await drawer.getByText(`农户数 · ${village}`).waitFor();
      const link = drawer.getByTestId('dashboard-drill-table').locator('tbody a').first();
      await link.waitFor();
      // 导出明细: every household of the village, as the drawer counts them.
      const total = Number(
        ((await drawer.getByText(/^共 \d+ 条记录$/).textContent()) ?? '').replace(/\D/g, ''),
      );
      const [records] = await Promise.all([
        page.waitForEvent('download'),
        drawer.getByTestId('dashboard-drill-export').click(),
      ]);
      const list = (await loadWorkbook(readFileSync((await records.path())!))).getWorksheet('明细')!;
      expect(String(list.getCell('A1').value)).toContain(`${village}农户数明细`);
      expect(list.actualRowCount - 3).toBe(total);
      const name = ((await link.textContent()) ?? '').split('（')[0];
      await link.click();
      await page.waitForURL(/\/households\/[0-9a-f-]{36}$/);
      if (name) await page.getByText(name).first().waitFor();
    } finally {
      await context.close();
    }
  });

  it('defines a one-sheet report, and previews and downloads it for a quarter', async () => {
    const context = await newContext(browser, baseUrl, 1366, 900);
    try {
      const page = await context.newPage();
      await loginAs(page, 'xian');
      await page.goto('/figure-reports');
      await page.getByTestId('report-create').click();
      await page.getByTestId('report-name').fill('各乡镇事件季度表');
      await page.getByRole('radio', { name: '乡镇' }).check();
      await page.getByTestId('report-keys').click();
      await page.keyboard.type('上报事件数');
      await page.locator('.ant-select-item-option', { hasText: '上报事件数' }).first().click();
      await page.keyboard.press('Escape');
      await page.getByTestId('report-save').click();
      const row = page.getByTestId('reports-table').locator('tr', { hasText: '各乡镇事件季度表' });
      await row.waitFor();
      await page.getByTestId('report-quarter').click();
      await page.locator('.ant-select-item-option', { hasText: '二季度' }).click();
      await row.locator('[data-testid^="report-preview-"]').click();
      const modal = page.getByRole('dialog');
      await modal.getByText(/各乡镇事件季度表（\d{4} 二季度）/).waitFor();
      const sheet = modal.getByTestId('report-sheet');
      await expect.poll(() => sheet.locator('tbody tr').count()).toBeGreaterThan(1);
      await modal.getByRole('button', { name: /close|关闭/i }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        row.locator('[data-testid^="report-download-"]').click(),
      ]);
      const ws = (await loadWorkbook(readFileSync((await download.path())!))).worksheets[0]!;
      expect(String(ws.getCell('A1').value)).toMatch(/各乡镇事件季度表（\d{4} 年第二季度）$/);
      expect(String(ws.getCell('C3').value)).toBe('上报事件数（件）');
    } finally {
      await context.close();
    }
  });

  it('fits a township’s dashboard on a 375 px phone', async () => {
    const context = await newContext(browser, baseUrl, 375, 740);
    try {
      const page = await context.newPage();
      await loginAs(page, 'zhen');
      await page.goto('/dashboard');
      await page.getByTestId('dashboard-card-households.count').waitFor();
      await page.getByTestId('dashboard-chart-households.count-canvas').locator('svg').waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
    } finally {
      await context.close();
    }
  });
});
