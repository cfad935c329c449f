import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../src/contracts/id-number';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, pickOption, serverUrl } from './browser';

// 资产与经营主体 on a 375 px phone: the village secretary records an idle asset, finds it in the
// 闲置资产盘活 tab, deletes it and undoes the delete; a household's dividend shows in 一户一档.

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const idNumber = (): string => {
  const birth = new Date(Date.UTC(1950, 0, 1) + Math.floor(Math.random() * 20_000) * 86_400_000);
  const ymd = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `451022${ymd}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
};

/** A household of the caller's village with a dividend of 1,500 元, through the API. */
const householdWithDividend = async (page: Page): Promise<string> => {
  const me = (await (await page.request.get('/api/auth/me')).json()) as {
    csrfToken: string;
    scopeCode: string;
  };
  const headers = { 'x-csrf-token': me.csrfToken };
  const home = await page.request.post('/api/households', {
    headers,
    data: {
      householdNo: `EA-${Date.now().toString(36)}`,
      regionCode: me.scopeCode,
      head: { name: '韦分红', idNumber: idNumber() },
    },
  });
  expect(home.status()).toBe(201);
  const { id } = (await home.json()) as { id: string };
  const benefit = await page.request.post('/api/economy/benefits', {
    headers,
    data: { householdId: id, year: 2025, kind: 'dividend', amountFen: 150_000 },
  });
  expect(benefit.status()).toBe(201);
  return id;
};

describe('economy assets page', () => {
  it('lets the village record, find, delete and restore an idle asset on a phone', async () => {
    const context = await newContext(browser, baseUrl, 375, 740);
    const page = await context.newPage();
    const dir = process.env.SCREENSHOT_DIR;
    try {
      await loginAs(page, 'cun');
      await page.goto('/economy-assets');
      await page.getByTestId('econ-idle-summary').waitFor();
      const name = `闲置校舍${Date.now().toString(36)}`;
      await page.getByTestId('econ-assets-add').click();
      await page.getByTestId('econ-asset-name').fill(name);
      await pickOption(page, 'econ-asset-state', '闲置');
      await page.getByTestId('econ-asset-idle-since').fill('2021-09-01');
      await page.getByTestId('econ-asset-submit').click();
      await page.getByRole('tab', { name: '闲置资产盘活' }).click();
      await page.getByText(name).first().waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
      if (dir) await page.screenshot({ path: `${dir}/economy-assets-idle-375.png`, fullPage: true });

      await page.getByRole('tab', { name: '资产', exact: true }).click();
      const row = page.locator('.ant-table-row').filter({ hasText: name }).first();
      await row.waitFor();
      await row.locator('[data-testid^="econ-asset-delete-"]').click();
      await page.locator('.ant-popconfirm .ant-btn-dangerous').click();
      await page.locator('[data-testid^="econ-restore-"]').first().click();
      await page.locator('.ant-table-row').filter({ hasText: name }).first().waitFor();
      for (const tab of ['经营主体', '利益联结']) {
        await page.getByRole('tab', { name: tab }).click();
        expect(await overflowsHorizontally(page), tab).toBe(false);
      }

      const householdId = await householdWithDividend(page);
      await page.goto(`/households/${householdId}`);
      const card = page.getByTestId('profile-economy-benefits');
      await card.getByText('2025 年 分红').waitFor();
      expect(await card.textContent()).toContain('1,500.00 元');
      expect(await overflowsHorizontally(page)).toBe(false);
    } finally {
      await context.close();
    }
  }, 120_000);
});
