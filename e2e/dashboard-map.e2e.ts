import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundaryCollectionFor } from '../src/server/modules/figures/maps/boundary-fixture';
import { clickUntilRegion, launchBrowser, loginAs, newContext, serverUrl } from './browser';

// 区划边界 in a browser: the county admin uploads a file with a projected coordinate and reads the
// Chinese error naming the feature, then a good file of its townships and sees how many matched;
// on the dashboard a figure switches from bars to the map, and a click on a township opens that
// township's dashboard as a bar does. The map is removed again (with confirmation) at the end.

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Region = { code: string; name: string };

const townshipsOf = async (page: Page) => {
  const county = ((await (await page.request.get('/api/auth/me')).json()) as { scopeCode: string }).scopeCode;
  const res = await page.request.get(`/api/regions/${county}/children`);
  expect(res.status(), await res.text()).toBe(200);
  return { county, townships: ((await res.json()) as { items: Region[] }).items };
};

const choose = (page: Page, name: string, text: string) =>
  page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/geo+json',
    buffer: Buffer.from(text, 'utf8'),
  });

/** Clicks the map's regions until the dashboard shows one of `names`. */
const clickARegion = async (page: Page, map: Locator, names: string[]) => {
  const shapes = map.locator('svg path');
  await expect.poll(() => shapes.count()).toBeGreaterThanOrEqual(names.length);
  return clickUntilRegion(page, shapes, names, 12);
};

describe('dashboard map', () => {
  it('uploads township boundaries, refuses a bad file in Chinese, and shows a figure on the map', async () => {
    const context = await newContext(browser, baseUrl, 1366, 900);
    try {
      const page = await context.newPage();
      await loginAs(page, 'xian');
      const { county, townships } = await townshipsOf(page);
      const collection = boundaryCollectionFor(townships);

      await page.getByTestId('nav-figure-maps').click();
      await page.getByTestId('maps-upload').waitFor();
      const projected = structuredClone(collection);
      projected.features[1].geometry.coordinates = [
        [
          [36_500_000, 2_610_000],
          [36_510_000, 2_610_000],
          [36_510_000, 2_620_000],
          [36_500_000, 2_610_000],
        ],
      ];
      await choose(page, '乡镇边界-投影.geojson', JSON.stringify(projected));
      const error = page.getByTestId('maps-error');
      await expect.poll(() => error.textContent()).toMatch(/第 2 个区域.*不在中国的经纬度范围内.*投影坐标/);

      await choose(page, '乡镇边界.geojson', JSON.stringify(collection));
      await expect
        .poll(() => page.getByTestId('maps-result').textContent())
        .toContain(`已对应 ${townships.length} 个区域`);
      await expect
        .poll(() => page.getByTestId('maps-preview').locator('svg path').count())
        .toBeGreaterThan(0);

      await page.getByTestId('nav-dashboard').click();
      const card = page.getByTestId('dashboard-card-households.count');
      await card.waitFor();
      await card.getByTestId('dashboard-chart-households.count-view').getByText('地图').click();
      const map = card.getByTestId('dashboard-chart-households.count-map');
      await map.locator('svg').waitFor();
      await clickARegion(
        page,
        map,
        townships.map((t) => t.name),
      );
      await expect.poll(() => new URL(page.url()).searchParams.get('region')).not.toBe(county);

      await page.getByTestId('nav-figure-maps').click();
      await page.getByTestId(`maps-delete-${county}`).click();
      await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
      await page.getByText('还没有上传区划边界').waitFor();
    } finally {
      await context.close();
    }
  });
});
