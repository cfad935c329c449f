import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, serverUrl } from './browser';

// 入户走访 (十问十清) on a 375 px phone: the grid worker opens a household's visit form from 一户一档,
// loses the signal, records a visit with a corrected income and a problem solved on the spot, sees it
// waiting on the phone, and when the signal returns it arrives once and the household's income changed.

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

/** A past day of its own for this run, so the check finds only this visit. */
const pastDay = (): string => {
  const days = 30 + (Date.now() % 600);
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
};

describe('a household visit on a phone', () => {
  it('keeps a visit recorded offline on the phone and records it once when the signal returns', async () => {
    const phone = await newContext(browser, baseUrl, 375, 740);
    try {
      const page = await phone.newPage();
      await loginAs(page, 'wangge');
      const { items } = await apiGet<{ items: { id: string }[] }>(page, '/api/households?pageSize=1');
      const householdId = items[0]!.id;
      type Prefill = { household: { incomePerCapita: number | null } };
      const before = await apiGet<Prefill>(page, `/api/visits/prefill?householdId=${householdId}`);
      const income = (before.household.incomePerCapita ?? 5000) + 1234;

      // From 一户一档: 入户走访.
      await page.goto(`/households/${householdId}`);
      await page.getByTestId('household-visit').click();
      await page.getByTestId('visit-form').waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);

      // The signal goes; the form is already on the phone.
      await phone.setOffline(true);
      const day = pastDay();
      await page.getByTestId('visit-date').fill(day);
      await page.getByTestId('visit-Q04-corrected').click();
      await page.getByTestId('visit-incomePerCapita').fill(String(income));
      await page.getByTestId('visit-before-after').first().waitFor();
      await page.getByTestId('visit-Q07-problem').click();
      const problem = page.getByTestId('visit-problem-Q07');
      await problem.getByTestId('visit-problem-description').fill('老人腿脚不便，看病路远');
      await problem.getByTestId('visit-problem-solution').fill('当场联系村医上门');
      expect(await overflowsHorizontally(page)).toBe(false);

      await page.getByTestId('visit-review').click();
      const summary = page.getByTestId('visit-summary');
      await summary.getByTestId('visit-summary-changes').getByText(income.toLocaleString()).waitFor();
      await summary.getByTestId('visit-summary-problems').getByText('老人腿脚不便，看病路远').waitFor();
      await page.getByTestId('visit-submit').click();
      await page.getByTestId('visit-saved-offline').waitFor();
      await page.getByText('1 条走访保存在手机上，来网后自动发送').waitFor();
      // 立即发送 with no signal: it stays on the phone.
      await page.getByTestId('visit-send-now').click();
      await page.getByText('仍然没有网络，稍后会自动发送').waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);

      // The signal returns: the page sends it by itself, once.
      await phone.setOffline(false);
      await page.getByTestId('visit-queue-sent').waitFor();
      await page.getByTestId('visit-queue-waiting').waitFor({ state: 'detached' });

      const visits = await apiGet<{ items: { id: string; problemCount: number; solvedCount: number }[] }>(
        page,
        `/api/visits?householdId=${householdId}&from=${day}&to=${day}`,
      );
      expect(visits.items).toHaveLength(1);
      expect(visits.items[0]).toMatchObject({ problemCount: 1, solvedCount: 1 });
      const after = await apiGet<Prefill>(page, `/api/visits/prefill?householdId=${householdId}`);
      expect(after.household.incomePerCapita).toBe(income);

      // The visit's page shows the change, before → after.
      await page.goto(`/visits/${visits.items[0]!.id}`);
      await page.getByTestId('visit-changes').getByText(income.toLocaleString()).waitFor();
      await page.getByTestId('visit-problems').getByText('当场联系村医上门', { exact: false }).waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
    } finally {
      await phone.close();
    }
  }, 180_000);
});
