import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const DEMO_PASSWORD = 'Zhenxing-demo-2026';

/** This worker's server (e2e/global-setup.ts starts one per worker; VITEST_POOL_ID is 1, 2 …). */
export const serverUrl = (): string => {
  const urls = inject('baseUrls');
  const pool = Number(process.env.VITEST_POOL_ID ?? '1');
  return urls[(pool - 1) % urls.length]!;
};

/** The system Chromium; the tests never download a browser. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

export const newContext = (
  browser: Browser,
  baseURL: string,
  width = 1280,
  height = 800,
): Promise<BrowserContext> =>
  browser.newContext({
    baseURL,
    viewport: { width, height },
    locale: 'zh-CN',
    reducedMotion: REDUCED_MOTION,
  });

/**
 * The browsers ask for reduced motion, a setting the app honours (theme.ts): menus and dialogs open
 * without animating. Animations drawn in software were a large part of the browser tests' CPU time,
 * and a test no longer waits for a list that is still moving.
 */
export const REDUCED_MOTION = 'reduce' as const;

/** Logs in through the form and waits for the layout. */
export const loginAs = async (page: Page, username: string, password = DEMO_PASSWORD): Promise<void> => {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('app-content').waitFor();
};

/** True when the page is wider than the viewport, i.e. the body scrolls sideways. */
export const overflowsHorizontally = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

/** A username no earlier run has taken (letters first, as the rule demands). */
export const uniqueUsername = (prefix: string): string =>
  `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/**
 * Chooses an option of an antd Select or TreeSelect by its text (typing `search` first, if given)
 * and waits until the list has closed. Under load a click may land while the list still settles
 * and pick nothing, leaving the list open over the next field: the pick is tried again, up to five
 * times, reopening the list if it closed.
 */
export const pickOption = async (
  page: Page,
  opener: Locator | string,
  option: string | RegExp,
  { search, exact = false }: { search?: string; exact?: boolean } = {},
): Promise<void> => {
  const select = typeof opener === 'string' ? page.getByTestId(opener) : opener;
  const list = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 1; ; attempt++) {
    if ((await list.count()) === 0) {
      await select.click();
      if (search) await page.keyboard.type(search);
    }
    const target =
      exact && typeof option === 'string'
        ? list.getByText(option, { exact: true })
        : list
            .locator('.ant-select-item-option, .ant-select-tree-node-content-wrapper')
            .filter({ hasText: option });
    await target.first().click({ timeout: 15_000 });
    try {
      await list.first().waitFor({ state: 'hidden', timeout: 3_000 });
      return;
    } catch (e) {
      if (attempt >= 5) throw e;
    }
  }
};

/**
 * Clicks the chart's shapes (bars or a map's regions), in order, until the dashboard's title shows
 * another region, one of `names`; returns that name. Shapes smaller than `minSize` px are skipped.
 */
export const clickUntilRegion = async (
  page: Page,
  shapes: Locator,
  names: string[],
  minSize: number,
): Promise<string> => {
  const title = page.getByTestId('dashboard-title');
  const before = await title.textContent();
  for (let i = 0; i < (await shapes.count()); i++) {
    const box = await shapes.nth(i).boundingBox();
    if (!box || box.width < minSize || box.height < minSize) continue;
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
