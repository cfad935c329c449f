import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../src/contracts/id-number';
import { launchBrowser, loginAs, newContext, pickOption, serverUrl } from './browser';

const baseUrl = serverUrl();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const idNumber = (): string => {
  const birth = new Date(Date.UTC(1965, 0, 1) + Math.floor(Math.random() * 9_000) * 86_400_000);
  const first17 = `451022${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
};

const choose = (page: Page, testId: string, search: string, text: string) =>
  pickOption(page, testId, text, { search });

describe('party members on the page', () => {
  it('adds a villager as a member through the form and transfers the membership to another branch', async () => {
    const context = await newContext(browser, baseUrl, 1280, 800);
    try {
      const page = await context.newPage();
      await loginAs(page, 'xian');
      const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
      const headers = { 'x-csrf-token': me.csrfToken };
      const t = Date.now().toString(36).slice(-5);
      const village = (
        (await (await page.request.get('/api/regions/search?q=%E7%89%9B%E8%A1%8C')).json()) as {
          items: { code: string; level: string }[];
        }
      ).items.find((r) => r.level === 'village')!.code;
      const name = `韦党员${t}`;
      const made = await page.request.post('/api/households', {
        headers,
        data: { householdNo: `M-${t}`, regionCode: village, head: { name, idNumber: idNumber() } },
      });
      expect(made.status()).toBe(201);
      for (const branch of [`甲支部${t}`, `乙支部${t}`]) {
        const org = await page.request.post('/api/orgs', {
          headers,
          data: { name: branch, level: 'branch', kind: 'village', regionCode: village },
        });
        expect(org.status()).toBe(201);
      }

      await page.goto('/members');
      await page.getByTestId('member-create').click();
      await choose(page, 'member-form-person', name, name);
      await choose(page, 'member-form-org', `甲支部${t}`, `甲支部${t}`);
      await page.getByTestId('member-form-joined').fill('2010-07-01');
      await page.getByTestId('member-form-full').fill('2011-07-01');
      await page.locator('#member-form-submit').click();
      // The form closes once the member is saved; a search typed before that may find nothing.
      await page.locator('#member-form-submit').waitFor({ state: 'hidden' });
      await page.getByPlaceholder('按姓名搜索').fill(name);
      await page.getByPlaceholder('按姓名搜索').press('Enter');
      await page.locator('.ant-table-row').getByText(name).first().click();

      await page.getByTestId('member-drawer').waitFor();
      await page.getByTestId('member-transfer').click();
      await choose(page, 'member-form-org', `乙支部${t}`, `乙支部${t}`);
      await page.locator('#transfer-submit').click();
      await page.getByTestId('member-drawer').getByText(`甲支部${t} → 乙支部${t}`).waitFor();
    } finally {
      await context.close();
    }
  });
});
