import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, pickOption, serverUrl } from './browser';

// 十公开 as people do it: the village secretary drafts a finance disclosure with a table on a 375 px
// phone and submits it; the township approves; anyone opens the village's public board without
// logging in and sees it; a correction is approved and the board shows both versions, the old one
// marked 已更正 with its reason. The board's rendered text carries no ID or mobile number.

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ID_NUMBER = /(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])/;
const MOBILE = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/;

const approveAsTownship = async (title: string) => {
  const desk = await newContext(browser, baseUrl);
  try {
    const page = await desk.newPage();
    await loginAs(page, 'zhen');
    await page.goto('/disclosure?status=pending');
    await page.getByTestId('disclosure-link').filter({ hasText: title }).first().click();
    await page.getByTestId('disclosure-action-approve').click();
    await page.getByText('已公开').first().waitFor();
  } finally {
    await desk.close();
  }
};

const submitted = async (page: Page) => {
  await page.getByTestId('disclosure-action-submit').click();
  await page.getByText('待审核').first().waitFor();
};

describe('十公开', () => {
  it('drafts on a phone, approves, shows on the public board, and keeps a corrected version visible', async () => {
    const title = `财务公开${Date.now().toString(36)}`;
    const phone = await newContext(browser, baseUrl, 375, 740);
    let villageCode = '';
    try {
      const page = await phone.newPage();
      await loginAs(page, 'cun');
      villageCode = ((await (await page.request.get('/api/auth/me')).json()) as { scopeCode: string })
        .scopeCode;
      await page.goto('/disclosure/new');
      await pickOption(page, 'disclosure-kind', '财务公开');
      await page.getByTestId('disclosure-title').fill(title);
      await page.getByTestId('disclosure-period').fill('2026年第四季度');
      await page.getByTestId('disclosure-body').fill('本季度集体收入如下表。监督电话：0776-5212345');
      await page.getByTestId('disclosure-table-add').click();
      await page.getByTestId('disclosure-cell-0-0').fill('经营收入');
      await page.getByTestId('disclosure-cell-0-1').fill('12000.00');
      await page.getByTestId('disclosure-row-add').click();
      await page.getByTestId('disclosure-cell-1-0').fill('补助收入');
      await page.getByTestId('disclosure-cell-1-1').fill('5000.00');
      expect(await overflowsHorizontally(page)).toBe(false);
      await page.getByTestId('disclosure-save').click();
      await page.getByTestId('disclosure-action-submit').waitFor();
      await submitted(page);
      await approveAsTownship(title);

      // Anyone, without logging in, on a phone.
      const visitor = await newContext(browser, baseUrl, 375, 740);
      try {
        const board = await visitor.newPage();
        await board.goto(`/gk/${villageCode}`);
        await board.getByText(title).first().waitFor();
        await board.getByText('12000.00').first().waitFor();
        expect(await overflowsHorizontally(board)).toBe(false);
      } finally {
        await visitor.close();
      }

      // 更正: a new version with its reason; the old one stays on the board marked 已更正.
      await page.reload();
      await page.getByTestId('disclosure-correct').click();
      await page.getByTestId('disclosure-reason').fill('补助收入金额有误');
      await page.getByRole('button', { name: /确\s*定|OK/ }).click();
      await page.getByTestId('disclosure-save').waitFor();
      await page.getByTestId('disclosure-cell-1-1').fill('6000.00');
      await page.getByTestId('disclosure-save').click();
      await page.getByTestId('disclosure-action-submit').waitFor();
      await submitted(page);
      await approveAsTownship(title);
    } finally {
      await phone.close();
    }

    const visitor = await newContext(browser, baseUrl, 375, 740);
    try {
      const board = await visitor.newPage();
      await board.goto(`/gk/${villageCode}`);
      const series = board.getByTestId('public-series').filter({ hasText: title });
      await series.getByTestId('public-version-published').getByText('6000.00').waitFor();
      await series.getByTestId('public-version-corrected').getByText('5000.00').waitFor();
      await series.getByText('补助收入金额有误').first().waitFor();
      await series.getByText('已更正').first().waitFor();
      expect(await overflowsHorizontally(board)).toBe(false);
      // The text as rendered (what a person reads), so innerText rather than textContent.
      // biome-ignore lint/performance/useDomNodeTextContent: the scan is of the rendered page
      const text = await board.evaluate(() => document.body.innerText);
      expect(text).not.toMatch(ID_NUMBER);
      expect(text).not.toMatch(MOBILE);
    } finally {
      await visitor.close();
    }
  }, 180_000);
});
