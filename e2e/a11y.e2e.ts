import { writeFileSync } from 'node:fs';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_TITLES, type PagePattern } from '../src/web/app/page-titles';
import { launchBrowser, loginAs, REDUCED_MOTION, serverUrl } from './browser';

/*
 * Elder-first accessibility: axe-core's WCAG 2.1 A and AA rules on every page of the app, as the
 * demo roles that can open it, on a laptop (1366 px) and on a phone (375 px) in large text (the
 * app's own 大字 setting). The pages come from the side menu each role sees and from
 * PAGE_TITLES (the router's patterns), so a new page is audited without editing this file; each
 * tab of a page is audited too. One browser; one logged-in context per role; between pages the app
 * navigates client-side, as a user does.
 */

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  // A11Y_REPORT=file.json keeps every violation found, for working through a long list.
  if (process.env.A11Y_REPORT) writeFileSync(process.env.A11Y_REPORT, JSON.stringify(violations, null, 1));
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LARGE_TEXT_KEY = 'zx.largeText';
type Variant = { width: number; height: number; largeText: boolean };
// The phone is audited with 大字 on, where it is tightest (on a laptop 大字 changes sizes only): a
// page that keeps its actions on screen and its text readable with large text does so without it,
// and colours are the same. The plain 375 px pass was a third of the CI's browser time.
const VARIANTS: Variant[] = [
  { width: 1366, height: 800, largeText: false },
  { width: 375, height: 740, largeText: true },
];
const variantName = (v: Variant) => `${v.width}px${v.largeText ? ' 大字' : ''}`;

/** Who audits what: a page is audited as the first of these roles whose menu lists it. */
const ROLES = ['xian', 'cun', 'wangge', 'dangyuan', 'cunmin'] as const;
/** Pages outside the menu, audited as the county admin, with the path that shows one. */
const OUTSIDE_MENU: Partial<Record<PagePattern, (page: Page) => Promise<string>>> = {
  '/change-password': async () => '/change-password',
  '/households/:householdId': async (page) => {
    const { items } = await apiGet<{ items: { id: string }[] }>(page, '/api/households?pageSize=1');
    return `/households/${items[0]!.id}`;
  },
  '/events-duty': async () => '/events-duty',
  '/events/:eventId': async (page) => {
    const { items } = await apiGet<{ items: { id: string }[] }>(page, '/api/events?view=all&pageSize=1');
    return items[0] ? `/events/${items[0].id}` : '/events';
  },
  // 公开晾晒 needs no log-in; audited here in the county admin's browser like any other page.
  '/public/overdue/:countyCode': async () => '/public/overdue/451022',
  '/grids/:gridId': async (page) => {
    const { items } = await apiGet<{ items: { id: string }[] }>(page, '/api/grids');
    return `/grids/${items[0]!.id}`;
  },
  // 星级评定: the demo may hold no campaign yet; then the pages show their "not found" answer.
  '/assess-campaigns/:campaignId': async (page) => `/assess-campaigns/${await firstCampaign(page)}`,
  '/assess-ratings/:ratingId': async (page) => {
    const campaign = await firstCampaign(page);
    if (campaign === NIL_ID) return `/assess-ratings/${NIL_ID}`;
    const { items } = await apiGet<{ items: { id: string }[] }>(
      page,
      `/api/assess/campaigns/${campaign}/ratings?pageSize=1`,
    );
    return `/assess-ratings/${items[0]?.id ?? NIL_ID}`;
  },
  '/assess-villages/:regionCode': async (page) => {
    type Children = { items: { code: string }[] };
    const townships = await apiGet<Children>(page, '/api/regions/451022000000/children');
    const villages = await apiGet<Children>(page, `/api/regions/${townships.items[0]!.code}/children`);
    return `/assess-villages/${villages.items[0]!.code}`;
  },
  '/public/assess-notice/:campaignId': async (page) => `/public/assess-notice/${await firstCampaign(page)}`,
  '/assess-print/:campaignId': async (page) => `/assess-print/${await firstCampaign(page)}`,
  '/assess-cadres/rules': async () => '/assess-cadres/rules',
  '/assess-criteria/:setId': async (page) => {
    const sets = await apiGet<{ id: string }[]>(page, '/api/assess/criteria');
    return `/assess-criteria/${sets[0]?.id ?? NIL_ID}`;
  },
  '/assess/weak/:weakId': async (page) => {
    const { items } = await apiGet<{ items: { id: string }[] }>(page, '/api/assess/weak?pageSize=1');
    return `/assess/weak/${items[0]?.id ?? NIL_ID}`;
  },
  // 村集体经济: the first village of the county's first township (it shows its empty sections if it has no data).
  '/economy-villages/:regionCode': async (page) => {
    type Children = { items: { code: string }[] };
    const townships = await apiGet<Children>(page, '/api/regions/451022000000/children');
    const villages = await apiGet<Children>(page, `/api/regions/${townships.items[0]!.code}/children`);
    return `/economy-villages/${villages.items[0]!.code}`;
  },
  // 书记领办项目: the demo may hold no project; then the page shows its "not found" answer.
  '/economy-projects/:projectId': async (page) => {
    const { items } = await apiGet<{ items: { id: string }[] }>(page, '/api/economy/projects?pageSize=1');
    return `/economy-projects/${items[0]?.id ?? NIL_ID}`;
  },
  '/public/projects/:regionCode': async () => '/public/projects/451022000000',
  '/economy-accounts/:accountId': async (page) => {
    const year = new Date().getFullYear() - 1;
    const { items } = await apiGet<{ items: { id: string }[] }>(
      page,
      `/api/economy/accounts?year=${year}&pageSize=1`,
    );
    return `/economy-accounts/${items[0]?.id ?? NIL_ID}`;
  },
  // 强村带弱村: the demo may hold no pairing; then the page shows its "not found" answer.
  '/economy-pairings/:pairingId': async (page) => {
    const { items } = await apiGet<{ items: { id: string }[] }>(page, '/api/economy/pairings?pageSize=1');
    return `/economy-pairings/${items[0]?.id ?? NIL_ID}`;
  },
  // 入户走访 (十问十清): the form for the first household, and the first visit (or "not found").
  '/visits/new': async (page) => {
    const { items } = await apiGet<{ items: { id: string }[] }>(page, '/api/households?pageSize=1');
    return `/visits/new?householdId=${items[0]!.id}`;
  },
  '/visits/:visitId': async (page) => {
    const res = await page.request.get('/api/visits?pageSize=1');
    const items = res.ok() ? ((await res.json()) as { items: { id: string }[] }).items : [];
    return `/visits/${items[0]?.id ?? NIL_ID}`;
  },
  // 监测对象识别: the start form without a household shows its hint; the demo may hold no case.
  '/monitoring-cases/new': async () => '/monitoring-cases/new',
  '/monitoring-cases/:caseId': async (page) => {
    const { items } = await apiGet<{ items: { id: string }[] }>(page, '/api/monitoring/cases?pageSize=1');
    return `/monitoring-cases/${items[0]?.id ?? NIL_ID}`;
  },
  // 民主评议公示 of the county's first village (empty when no case is under appraisal).
  '/monitoring-notice/:villageCode': async (page) => {
    type Children = { items: { code: string }[] };
    const townships = await apiGet<Children>(page, '/api/regions/451022000000/children');
    const villages = await apiGet<Children>(page, `/api/regions/${townships.items[0]!.code}/children`);
    return `/monitoring-notice/${villages.items[0]!.code}`;
  },
  // 联系服务 · 记录联系 (visits contacts part): the phone page opened from the 十联六常 tab.
  '/contacts/log': async () => '/contacts/log',
  // 十公开: the first item (or "not found"), its edit form, and the first village's QR sheet and public board.
  '/disclosure/new': async () => '/disclosure/new',
  '/disclosure/:disclosureId': async (page) => `/disclosure/${await firstDisclosure(page)}`,
  '/disclosure/:disclosureId/edit': async (page) => `/disclosure/${await firstDisclosure(page)}/edit`,
  '/disclosure-print/:villageCode': async (page) => `/disclosure-print/${await firstVillage(page)}`,
  '/gk/:villageCode': async (page) => `/gk/${await firstVillage(page)}`,
  // 以考促学: the first test's page (or "not found"); an attempt is its taker's only, so the county
  // admin sees the page's refusal (the answering page is checked at 375 px in e2e/study.e2e.ts).
  '/study-tests/:testId': async (page) => {
    const { items } = await apiGet<{ items: { id: string }[] }>(page, '/api/study/tests?pageSize=1');
    return `/study-tests/${items[0]?.id ?? NIL_ID}`;
  },
  '/study/attempts/:attemptId': async () => `/study/attempts/${NIL_ID}`,
};
const firstDisclosure = async (page: Page) =>
  (await apiGet<{ items: { id: string }[] }>(page, '/api/disclosure/items?pageSize=1')).items[0]?.id ??
  NIL_ID;
const firstVillage = async (page: Page) => {
  type Children = { items: { code: string }[] };
  const townships = await apiGet<Children>(page, '/api/regions/451022000000/children');
  const villages = await apiGet<Children>(page, `/api/regions/${townships.items[0]!.code}/children`);
  return villages.items[0]!.code;
};
const NIL_ID = '00000000-0000-4000-8000-000000000000';
const firstCampaign = async (page: Page) =>
  (await apiGet<{ items: { id: string }[] }>(page, '/api/assess/campaigns?pageSize=1')).items[0]?.id ??
  NIL_ID;
const NOT_FOUND_PATH = '/no-such-page';

const apiGet = async <T>(page: Page, path: string): Promise<T> => {
  const res = await page.request.get(path);
  if (!res.ok()) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
};

type Violation = {
  page: string;
  variant: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
};
const violations: Violation[] = [];
const audited = new Set<string>();

/** One line per rule, page and screen, with its first elements (selector, HTML and why). */
const report = (list: Violation[]) =>
  list
    .map((v) => {
      const shown = v.targets.slice(0, 3).map((t) => `    ${t}`);
      if (v.targets.length > 3) shown.push(`    … and ${v.targets.length - 3} more`);
      return `${v.page} @ ${v.variant}: ${v.id} (${v.impact}) ${v.help}\n${shown.join('\n')}`;
    })
    .join('\n');

/** Counts the page's requests in flight, so that an audit waits for the data, not a fixed time. */
const trackRequests = (page: Page) => {
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfinished', () => inFlight--);
  page.on('requestfailed', () => inFlight--);
  return () => inFlight;
};

/**
 * Waits until no request is in flight, no spinner or skeleton shows and no animation runs (antd's
 * fades and zooms: colours are measured after them), twice in a row.
 */
const settle = async (page: Page, inFlight: () => number) => {
  const deadline = Date.now() + 10_000;
  let quiet = 0;
  while (quiet < 2 && Date.now() < deadline) {
    await page.waitForTimeout(50);
    const busy =
      inFlight() > 0 ||
      (await page.evaluate(
        () =>
          Boolean(
            document.querySelector(
              '.ant-spin-spinning, .ant-skeleton-active, .ant-table-placeholder .ant-spin',
            ),
          ) ||
          document
            .getAnimations()
            .some(
              (a) => a.playState === 'running' && Number.isFinite(Number(a.effect?.getTiming().iterations)),
            ),
      ));
    quiet = busy ? 0 : quiet + 1;
  }
  // A transition class added on the next frame has no animation yet when the checks run.
  await page.waitForTimeout(80);
};

/**
 * Client-side navigation, as a click on a menu item does (no reload of the app); waits until the
 * layout shows the new page (AppLayout's data-path), not the old one kept during the transition.
 */
const navigate = async (page: Page, path: string) => {
  // A popstate sent while the app is still mounting its router (the first page after log-in) can
  // go unheard: then it is sent again, up to three times, before the wait counts as a failure.
  for (let attempt = 1; ; attempt++) {
    await page.evaluate((to) => {
      window.history.pushState({ usr: null, key: to, idx: window.history.length }, '', to);
      window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
    }, path);
    try {
      await shown(page, path, attempt < 3 ? 10_000 : 30_000);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
};

/** Waits until the layout has committed `path` (pages outside the layout: until it is gone). */
const shown = (page: Page, path: string, timeout = 30_000) =>
  page.waitForFunction(
    (pathname) => {
      const content = document.querySelector('[data-testid="app-content"]');
      return content ? content.getAttribute('data-path') === pathname : true;
    },
    new URL(path, 'http://localhost').pathname,
    { timeout },
  );

/**
 * The side menu is the same on every page of a role's session but the highlighted item: it is
 * audited with the role's first page on each screen, then left out (a quarter of axe's time went
 * into auditing it again on every page).
 */
const SIDER = '[data-testid="app-sider"]';

const runAxe = async (page: Page, label: string, variant: Variant, withSider: boolean) => {
  const started = Date.now();
  const result = await page.evaluate(
    async ([tags, sider]) => {
      const context = sider ? document : { exclude: [[sider]] };
      const { violations } = await window.axe.run(context as never, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.map(
          (n) =>
            `${n.target.join(' ')} ${n.html.slice(0, 160)} — ${(n.failureSummary ?? '').split('\n').slice(1, 3).join(' ')}`,
        ),
      }));
    },
    [TAGS, withSider ? '' : SIDER] as const,
  );
  for (const v of result) violations.push({ page: label, variant: variantName(variant), ...v });
  if (process.env.A11Y_TIMING)
    console.log(`axe ${label} @ ${variantName(variant)}: ${Date.now() - started} ms`);
};

/** On a phone every button and link of a table stays on the screen: nothing to scroll sideways for. */
const tableActionsOffScreen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.ant-table button, .ant-table a')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
      })
      .map((el) => el.textContent || el.getAttribute('aria-label') || el.outerHTML.slice(0, 80)),
  );

/** The page, then each of its tabs in turn; an audit that fails to run is reported as such. */
const auditPage = async (
  page: Page,
  inFlight: () => number,
  path: string,
  variant: Variant,
  withSider = true,
) => {
  try {
    await settle(page, inFlight);
    await auditView(page, path, variant, withSider);
    const tabs = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '[data-testid="app-content"] .ant-tabs-nav-list > .ant-tabs-tab:not(.ant-tabs-tab-active) [role="tab"]',
        ),
      ].map((el) => el.textContent?.trim() ?? ''),
    );
    // By name, not by id: antd numbers its tab ids per mount, and a page that re-renders under
    // load (its data arriving) mounts its tabs again with new ids.
    for (const name of tabs) {
      await page
        .getByTestId('app-content')
        .getByRole('tab', { name, exact: true })
        .first()
        .click({ timeout: 10_000 });
      await settle(page, inFlight);
      await auditView(page, `${path} › ${name}`, variant, false);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    violations.push({
      page: path,
      variant: variantName(variant),
      id: 'audit-error',
      impact: '',
      help: message,
      targets: [],
    });
  }
};

const auditView = async (page: Page, label: string, variant: Variant, withSider: boolean) => {
  await runAxe(page, label, variant, withSider);
  if (variant.width < 768) {
    for (const off of await tableActionsOffScreen(page)) {
      violations.push({
        page: label,
        variant: variantName(variant),
        id: 'table-action-off-screen',
        impact: 'serious',
        help: 'a table action lies outside a phone screen',
        targets: [off],
      });
    }
  }
};

/** A context with axe in every document; `inFlight` counts its requests. */
const openContext = async (): Promise<{ context: BrowserContext; page: Page; inFlight: () => number }> => {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'zh-CN',
    reducedMotion: REDUCED_MOTION,
  });
  await context.addInitScript({ content: axe.source });
  const page = await context.newPage();
  return { context, page, inFlight: trackRequests(page) };
};

/** Sets the screen and the 大字 setting, then loads `path` afresh. */
const applyVariant = async (page: Page, variant: Variant, path: string) => {
  await page.setViewportSize({ width: variant.width, height: variant.height });
  await page.evaluate(([key, on]) => localStorage.setItem(key as string, on ? '1' : '0'), [
    LARGE_TEXT_KEY,
    variant.largeText,
  ] as const);
  await page.goto(path);
  await shown(page, path);
};

const titleOf = (pattern: string) => PAGE_TITLES[pattern as PagePattern];

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('audits the log-in page', { timeout: 60_000 }, async () => {
    const before = violations.length;
    const { context, page, inFlight } = await openContext();
    try {
      await page.goto('/login');
      for (const variant of VARIANTS) {
        await applyVariant(page, variant, '/login');
        await page.getByTestId('login-submit').waitFor();
        await auditPage(page, inFlight, '/login', variant);
      }
      expect(await page.title()).toBe('登录 - 振兴');
      audited.add('/login');
    } finally {
      await context.close();
    }
    const mine = violations.slice(before);
    expect(mine, report(mine)).toEqual([]);
  });

  for (const username of ROLES) {
    it(`audits the pages ${username} opens`, { timeout: 600_000 }, async () => {
      const before = violations.length;
      const { context, page, inFlight } = await openContext();
      try {
        await page.setViewportSize({ width: 1366, height: 800 });
        await loginAs(page, username);
        const menu = await page
          .getByTestId('app-sider')
          .locator('[data-path]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-path') ?? ''));
        // The home page differs per role (工作台): every role audits it; other pages once.
        const paths = menu.filter((p) => p === '/' || !audited.has(p));
        if (username === 'xian') {
          for (const pathOf of Object.values(OUTSIDE_MENU)) paths.push(await pathOf(page));
          paths.push(NOT_FOUND_PATH);
        }
        for (const variant of VARIANTS) {
          await applyVariant(page, variant, paths[0]!);
          await page.getByTestId('app-content').waitFor();
          for (const [i, path] of paths.entries()) {
            if (i > 0) await navigate(page, path);
            await auditPage(page, inFlight, path, variant, i === 0);
          }
        }
        // Each page has its own title (「<page> - 振兴」), not just 振兴.
        for (const path of paths.slice(0, 3)) {
          await navigate(page, path);
          await expect.poll(() => page.title()).toMatch(/^.+ - 振兴$/);
        }
        for (const path of menu) audited.add(path);
        if (username === 'xian') {
          for (const pattern of Object.keys(OUTSIDE_MENU)) audited.add(pattern);
        }
      } finally {
        await context.close();
      }
      const mine = violations.slice(before);
      expect(mine, report(mine)).toEqual([]);
    });
  }

  // The demo has no open reservation to hand over: the goods table (same component) stands in for 取货.
  it('keeps the actions of household members and of shop goods on a 375 px screen', {
    timeout: 120_000,
  }, async () => {
    const { context, page, inFlight } = await openContext();
    const onScreen = async (testIdPrefix: string) => {
      const button = page.locator(`[data-testid^="${testIdPrefix}"]:visible`).first();
      await button.waitFor({ timeout: 15_000 });
      await button.click({ trial: true });
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(
        true,
      );
    };
    try {
      await page.setViewportSize({ width: 375, height: 740 });
      await loginAs(page, 'cun');
      await navigate(page, await OUTSIDE_MENU['/households/:householdId']!(page));
      await settle(page, inFlight);
      await onScreen('person-edit-');
      await navigate(page, '/points-shop');
      await page.getByRole('tab', { name: '商品管理' }).click();
      await settle(page, inFlight);
      await onScreen('goods-stock-in-');
    } finally {
      await context.close();
    }
  });

  it('has audited every page the router knows', () => {
    const missing = Object.keys(PAGE_TITLES).filter((pattern) => !audited.has(pattern));
    expect(
      missing,
      `pages no role audited: ${missing.join(', ')} (${missing.map(titleOf).join(', ')})`,
    ).toEqual([]);
  });
});

declare global {
  interface Window {
    axe: typeof axe;
  }
}
