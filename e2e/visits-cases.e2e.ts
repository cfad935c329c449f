import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, serverUrl } from './browser';

// 民主评议公示 (docs/visits.md §4): the village notice of households under appraisal, as the browser
// renders it, holds no ID number, phone, bank account or health data. The demo county has cases in
// every state (src/generator/visits-monitoring.ts), some of them under appraisal.

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const apiGet = async <T>(page: Page, path: string): Promise<T> => {
  const res = await page.request.get(path);
  if (!res.ok()) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
};

/** What must never be on a notice: ID numbers (also masked ones), phones, bank cards, health words. */
const FORBIDDEN: readonly [string, RegExp][] = [
  ['ID number', /\d{6}(19|20)\d{2}[\d*]{7}[\dXx*]/],
  ['masked ID number', /\d{2,6}\*{6,}\d{0,4}/],
  ['phone', /1[3-9]\d{9}|1[3-9]\d\*{4}\d{4}/],
  ['bank card', /\d{16,19}/],
  ['health', /因病|因残|疾病|残疾|患病|大病|慢性病/],
];

describe('the village notice of households under appraisal', () => {
  it('shows the households and no ID number, phone, bank account or health data', async () => {
    const context = await newContext(browser, baseUrl, 1366, 900);
    try {
      const page = await context.newPage();
      await loginAs(page, 'xian');
      const { items } = await apiGet<{ items: { regionCode: string; headName: string | null }[] }>(
        page,
        '/api/monitoring/cases?state=appraisal&pageSize=1',
      );
      expect(items.length, 'the demo county has a case under appraisal').toBe(1);
      const village = items[0]!.regionCode.slice(0, 12);
      await page.goto(`/monitoring-notice/${village}`);
      await page.getByTestId('notice-table').waitFor();
      const rows = await page.getByTestId('notice-table').locator('tbody tr').count();
      expect(rows).toBeGreaterThan(0);
      if (items[0]!.headName)
        expect(await page.getByTestId('notice-table').textContent()).toContain(items[0]!.headName);
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what a villager reads
      const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
      for (const [what, pattern] of FORBIDDEN) expect(text, `${what} on the notice`).not.toMatch(pattern);
    } finally {
      await context.close();
    }
  });
});
