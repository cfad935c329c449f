import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, serverUrl } from './browser';

// 集体经济总览 in a browser: the county reads the tier chart, opens the villages behind a figure
// (their count and sum equal the figure), exports them and goes on to a village's page.

const baseUrl = serverUrl();
const YEAR = new Date().getFullYear() - 1;
const WAN = 1_000_000; // fen
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Children = { items: { code: string }[] };
const getJson = async <T>(page: Page, path: string): Promise<T> => {
  const res = await page.request.get(path);
  if (!res.ok()) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
};

/**
 * The demo's accounts of last year, or (before the generator fills the demo) a few made through
 * the accounts API: villages of two townships in several tiers.
 */
const ensureAccounts = async (page: Page) => {
  const summary = await getJson<{ current: { withAccount: number } }>(
    page,
    `/api/economy/summary?year=${YEAR}`,
  );
  if (summary.current.withAccount > 0) return;
  const { csrfToken } = await getJson<{ csrfToken: string }>(page, '/api/auth/me');
  const headers = { 'x-csrf-token': csrfToken };
  const townships = await getJson<Children>(page, '/api/regions/451022000000/children');
  const incomes = [3 * WAN, 8 * WAN, 12 * WAN, 25 * WAN, 0.5 * WAN, 15 * WAN, 60 * WAN];
  let at = 0;
  for (const township of townships.items.slice(0, 2)) {
    const villages = await getJson<Children>(page, `/api/regions/${township.code}/children`);
    for (const village of villages.items.slice(0, 4)) {
      const created = await page.request.post('/api/economy/accounts', {
        headers,
        data: { regionCode: village.code, year: YEAR },
      });
      expect(created.status(), await created.text()).toBeLessThan(300);
      const { id } = (await created.json()) as { id: string };
      const line = await page.request.post(`/api/economy/accounts/${id}/lines`, {
        headers,
        data: { quarter: 2, code: 'I1', item: '村集体经营收入', amountFen: incomes[at++ % incomes.length] },
      });
      expect(line.status(), await line.text()).toBeLessThan(300);
    }
  }
};

const numberOf = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).textContent())?.trim());

describe('collective economy overview', () => {
  it('lets the county read the tier chart, open the villages behind a figure and export them', {
    timeout: 120_000,
  }, async () => {
    const context = await newContext(browser, baseUrl, 1280, 900);
    const page = await context.newPage();
    try {
      await loginAs(page, 'xian');
      await ensureAccounts(page);
      await page.goto('/economy');
      await page.getByRole('heading', { name: '集体经济总览' }).waitFor();
      await expect.poll(() => page.title()).toBe('集体经济总览 - 振兴');

      // The tier chart: an SVG with one bar part per township and tier.
      const chart = page.getByTestId('econ-tier-chart-canvas');
      await chart.locator('svg').waitFor();
      expect(await chart.getAttribute('role')).toBe('img');
      expect(await chart.getAttribute('aria-label')).toMatch(/各乡镇集体经济收入档次/);
      await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(3);

      // 村数: the drill list holds as many villages, and its sum is the income figure.
      const villages = await numberOf(page, 'econ-villages');
      expect(villages).toBeGreaterThan(0);
      const incomeFen = await page.getByTestId('econ-income').getAttribute('data-fen');
      await page.getByTestId('econ-villages').click();
      const summary = page.getByTestId('economy-drill-summary');
      await expect.poll(() => summary.getAttribute('data-total')).toBe(String(villages));
      expect(await summary.getAttribute('data-fen')).toBe(incomeFen);
      const drawer = page.getByTestId('economy-drill');
      await expect.poll(() => drawer.locator('.ant-table-row').count()).toBe(Math.min(villages, 20));

      // Its export: an Excel file of the same villages.
      const href = await page.getByTestId('economy-drill-export').getAttribute('href');
      expect(href).toMatch(/^\/api\/economy\/drill\.xlsx\?year=\d{4}&regionCode=451022/);
      const file = await page.request.get(href!);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toContain('spreadsheetml');
      await drawer.locator('.ant-drawer-close').click();

      // A "≥ 10 万" figure: the same count in its list.
      const atLeast = page.getByTestId('econ-atleast-T3');
      const reaching = await numberOf(page, 'econ-atleast-T3');
      if (reaching > 0) {
        await atLeast.click();
        await expect.poll(() => summary.getAttribute('data-total')).toBe(String(reaching));
        await drawer.locator('.ant-drawer-close').click();
      }

      // A bar of the chart (through its data table, the keyboard's way to the same bars).
      await page.getByTestId('econ-tier-chart-table-toggle').click();
      const cell = page.getByTestId('econ-tier-chart').locator('td button').first();
      const inCell = Number((await cell.textContent())?.trim());
      await cell.click();
      await expect.poll(() => summary.getAttribute('data-total')).toBe(String(inCell));

      // From the village with the highest income (the whole list's first row) to its page.
      await drawer.locator('.ant-drawer-close').click();
      await page.getByTestId('econ-villages').click();
      await expect.poll(() => summary.getAttribute('data-total')).toBe(String(villages));
      await drawer.locator('.ant-table-row a').first().click();
      await page.getByTestId('economy-village').waitFor();
      expect(page.url()).toMatch(/\/economy-villages\/\d{12}$/);
      await expect
        .poll(() => page.getByTestId('economy-village').locator('.ant-table-row').count())
        .toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('clicking a bar of the chart opens its villages', { timeout: 60_000 }, async () => {
    const context = await newContext(browser, baseUrl, 1280, 900);
    const page = await context.newPage();
    try {
      await loginAs(page, 'xian');
      await page.goto('/economy');
      const chart = page.getByTestId('econ-tier-chart-canvas');
      await chart.locator('svg').waitFor();
      // The bars are the filled paths with a width (the legend's marks are small, the axes unfilled).
      const bars = chart.locator('svg path[fill]:not([fill="none"])');
      await expect.poll(() => bars.count()).toBeGreaterThan(0);
      let opened = false;
      for (let i = (await bars.count()) - 1; i >= 0 && !opened; i--) {
        const box = await bars.nth(i).boundingBox();
        if (!box || box.width < 8 || box.height < 8 || box.y < (await chart.boundingBox())!.y + 40) continue;
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        opened = await page
          .getByTestId('economy-drill')
          .waitFor({ timeout: 2_000 })
          .then(() => true)
          .catch(() => false);
      }
      expect(opened).toBe(true);
      await expect
        .poll(async () => Number(await page.getByTestId('economy-drill-summary').getAttribute('data-total')))
        .toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('fits a 375 px phone', { timeout: 60_000 }, async () => {
    const context = await newContext(browser, baseUrl, 375, 740);
    const page = await context.newPage();
    try {
      await loginAs(page, 'xian');
      await page.goto('/economy');
      await page.getByTestId('econ-tier-chart-canvas').locator('svg').waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
    } finally {
      await context.close();
    }
  });
});
