import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, serverUrl } from './browser';
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

/** Clicks the chart's bars, largest first, until the dashboard shows another region. */
const clickABar = async (page: Page, chart: Locator, names: string[]) => {
  await chart.locator('svg').waitFor();
  const bars = chart.locator('svg path[fill]:not([fill="none"])');
  await expect.poll(() => bars.count()).toBeGreaterThan(0);
  const title = page.getByTestId('dashboard-title');
  const before = await title.textContent();
  for (let i = 0; i < (await bars.count()); i++) {
    const box = await bars.nth(i).boundingBox();
    if (!box || box.width < 6 || box.height < 6) continue;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const moved = await expect
      .poll(
        async () => {
          const now = (await title.textContent()) ?? '';
          return now !== before && names.some((n) => now.startsWith(n));
        },
        { timeout: 5_000 },
      )
      .toBe(true)
      .then(() => true)
      .catch(() => false);
    if (moved) break;
  }
  const shown = (await title.textContent()) ?? '';
  expect(
    names.some((n) => shown.startsWith(n)),
    shown,
  ).toBe(true);
  return names.find((n) => shown.startsWith(n))!;
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
      const name = ((await link.textContent()) ?? '').split('（')[0];
      await link.click();
      await page.waitForURL(/\/households\/[0-9a-f-]{36}$/);
      if (name) await page.getByText(name).first().waitFor();
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
