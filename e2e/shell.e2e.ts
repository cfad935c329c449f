import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  launchBrowser,
  loginAs,
  newContext,
  overflowsHorizontally,
  pickOption,
  serverUrl,
  uniqueUsername,
} from './browser';

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh, logged-out browser context per test, closed afterwards. */
const withPage = async (fn: (page: Page) => Promise<void>, width?: number, height?: number) => {
  const context = await newContext(browser, baseUrl, width, height);
  try {
    await fn(await context.newPage());
  } finally {
    await context.close();
  }
};

/** Picks an option of an antd Select (or TreeSelect) by its visible text. */
const chooseOption = (page: Page, testId: string, text: string, search?: string) =>
  pickOption(page, testId, text, { search });

describe('web shell', () => {
  it('logs the county admin in and shows the layout', () =>
    withPage(async (page) => {
      await loginAs(page, 'xian');
      await page.getByTestId('app-sider').waitFor();
      await expect(page.getByTestId('header-role').textContent()).resolves.toContain('县委组织部管理员');
      for (const id of ['nav-home', 'nav-regions', 'nav-users', 'nav-audit']) {
        await page.getByTestId(id).waitFor();
      }
      await page.getByTestId('home-welcome').waitFor();
    }));

  it('shows 田东县 as the tree root and 平马镇 when it is expanded', () =>
    withPage(async (page) => {
      await loginAs(page, 'xian');
      await page.getByTestId('nav-regions').click();
      const tree = page.getByTestId('region-tree');
      await tree.getByText('田东县').first().click();
      await tree.getByText('平马镇').first().waitFor();
      await page.getByTestId('region-detail').getByText('451022').first().waitFor();
    }));

  it('creates a grid worker in a 平马镇 village through the users page', () =>
    withPage(async (page) => {
      const username = uniqueUsername('grid');
      await loginAs(page, 'xian');
      await page.getByTestId('nav-users').click();
      await page.getByTestId('users-table').waitFor();
      await page.getByTestId('user-create').click();
      await page.getByTestId('user-form-username').fill(username);
      await page.getByTestId('user-form-displayName').fill('测试网格员');
      await chooseOption(page, 'user-form-role', '网格员');
      await chooseOption(page, 'user-form-scope', '牛行', '牛行');
      await page.getByTestId('user-form-phone').fill('13912345678');
      await page.getByTestId('user-form-password').fill('Wangge-2026-test');
      await page.getByTestId('user-form-submit').click();
      await page.getByTestId('user-create-form').waitFor({ state: 'detached' });
      await page.getByTestId('users-table').getByText(username).waitFor();
    }));

  it('lists a user creation in the audit log', () =>
    withPage(async (page) => {
      const username = uniqueUsername('audit');
      await loginAs(page, 'xian');
      // Set up through the API (same cookie session) so this test does not rely on the previous one.
      const me = await (await page.request.get('/api/auth/me')).json();
      const search = await (await page.request.get('/api/regions/search?q=牛行&limit=5')).json();
      const village = search.items.find((r: { level: string }) => r.level === 'village');
      const created = await page.request.post('/api/users', {
        headers: { 'x-csrf-token': me.csrfToken },
        data: {
          username,
          displayName: '审计测试',
          role: 'grid_worker',
          scopeCode: village.code,
          initialPassword: 'Audit-2026-test',
        },
      });
      expect(created.ok(), await created.text()).toBe(true);
      await page.getByTestId('nav-audit').click();
      await chooseOption(page, 'audit-filter-action', '新建账号', '新建账号');
      await chooseOption(page, 'audit-filter-region', '牛行', '牛行');
      await page.getByTestId('audit-search').click();
      const row = page.getByTestId('audit-table').locator('tr', { hasText: '新建账号' }).first();
      await row.waitFor();
      // Names, not keys: the action, the record kind and the region path below the county.
      await expect(row.textContent()).resolves.toMatch(/账号.*平马镇 \/ 牛行/);
      await expect(row.textContent()).resolves.not.toMatch(/user\.create|\d{12}/);
      const exportHref = await page.getByTestId('audit-export').getAttribute('href');
      expect(exportHref).toContain('action=user.create');
      expect(exportHref).toContain(`regionCode=${village.code}`);
    }));

  it('fits a 375 px phone screen on the login and home pages', () =>
    withPage(
      async (page) => {
        await page.goto('/login');
        await page.getByTestId('login-submit').waitFor();
        expect(await overflowsHorizontally(page)).toBe(false);
        await page.getByTestId('login-username').fill('xian');
        await page.getByTestId('login-password').fill(DEMO_PASSWORD);
        await page.getByTestId('login-submit').click();
        await page.getByTestId('home-welcome').waitFor();
        expect(await overflowsHorizontally(page)).toBe(false);
      },
      375,
      740,
    ));

  it('shows English menu labels after switching the language', () =>
    withPage(async (page) => {
      await loginAs(page, 'xian');
      await page.getByTestId('lang-toggle').click();
      await page
        .getByTestId('nav-regions')
        .filter({ hasText: /^Regions$/ })
        .waitFor();
      await page
        .getByTestId('nav-users')
        .filter({ hasText: /^Users$/ })
        .waitFor();
      await page
        .getByTestId('nav-audit')
        .filter({ hasText: /^Audit log$/ })
        .waitFor();
    }));
});
