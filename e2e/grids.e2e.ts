import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, pickOption, serverUrl } from './browser';

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Fills the grid form's name and submits, waiting until the modal is gone. */
const submitGridForm = async (page: Page, name: string) => {
  await page.getByTestId('grid-form-name').fill(name);
  await page.getByTestId('grid-form-submit').click();
  await page.getByTestId('grid-form').waitFor({ state: 'detached' });
};

describe('grids', () => {
  it('lets a village secretary create a middle and a small grid on a phone and open the grid card', async () => {
    const context = await newContext(browser, baseUrl, 375, 740);
    try {
      const page = await context.newPage();
      await loginAs(page, 'cun');
      await page.goto('/grids');
      await page.getByTestId('grid-create-big').waitFor();
      const bigNode = page.locator('[data-testid^="grid-node-"][data-testid$="0000"]');
      // The demo village may not have its big grid yet: the secretary creates it first.
      await page.getByTestId('grid-tree').or(page.getByText('暂无网格')).first().waitFor();
      if ((await page.getByTestId('grid-tree').count()) === 0) {
        await page.getByTestId('grid-create-big').click();
        await pickOption(page, 'grid-form-village', /\S/);
        await submitGridForm(page, '本村大网格');
      }
      await bigNode.first().click();
      await page.getByTestId('grid-detail').waitFor();

      const middleName = `寨管委${Date.now() % 100_000}`;
      await page.getByTestId('grid-add-child').click();
      await submitGridForm(page, middleName);
      await page.getByTestId('grid-detail').getByText(middleName).first().waitFor();

      const smallName = `十联户${Date.now() % 100_000}`;
      await page.getByTestId('grid-add-child').click();
      await submitGridForm(page, smallName);
      await page.getByTestId('grid-detail').getByText(smallName).first().waitFor();

      await page.getByTestId('grid-open-card').click();
      await page.getByTestId('grid-card').waitFor();
      const code = (await page.getByTestId('grid-card-code').textContent()) ?? '';
      expect(code).toMatch(/^\d{12}(0[1-9]|[1-9]\d)(0[1-9]|[1-9]\d)$/);
      await page.getByTestId('grid-card').getByText(middleName).first().waitFor();
      await page.getByText('该网格暂无农户').waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
    } finally {
      await context.close();
    }
  });
});
