import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, serverUrl } from './browser';

// The county admin makes an Open311 key on a phone-sized screen (shown once), a partner posts a
// report with it through the real server, reads it back in XML, and the admin revokes the key.

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Open311', () => {
  it('a key made on the page posts a report; revoked, it is refused', async () => {
    const context = await newContext(browser, baseUrl, 375, 740);
    try {
      const page = await context.newPage();
      await loginAs(page, 'xian');
      await page.goto('/events-open311');
      const name = `12345 热线 ${Date.now()}`;
      await page.getByTestId('open311-key-name').fill(name);
      await page.getByTestId('open311-key-create').click();
      const key = (await page.getByTestId('open311-key').textContent())?.trim() ?? '';
      expect(key).toMatch(/^zx311_/);
      expect(await overflowsHorizontally(page)).toBe(false);
      await page.getByTestId('open311-key-done').click();
      const prefix = key.slice(0, 12);
      // In the keys table (the closing dialog's title carries the name until its animation ends).
      await page.locator('td', { hasText: name }).first().waitFor();
      // The key is not shown again.
      expect(await page.content()).not.toContain(key);

      const villages = await (await page.request.get('/open311/v2/services/E14.json')).json();
      const village = villages.attributes[0].values[0].key as string;
      const posted = await page.request.post('/open311/v2/requests.json', {
        form: {
          api_key: key,
          service_code: 'E14',
          'attribute[village]': village,
          address_string: '村委门口',
          description: '村委门口的路灯不亮了',
          phone: '13900001234',
        },
      });
      expect(posted.status()).toBe(200);
      const [created] = await posted.json();
      const xml = await (
        await page.request.get(`/open311/v2/requests/${created.service_request_id}.xml`)
      ).text();
      expect(xml).toContain('<status>open</status>');
      expect(xml).toContain('<status_notes>待受理</status_notes>');
      expect(xml).not.toContain('13900001234');

      await page.reload();
      await page.getByTestId(`open311-key-revoke-${prefix}`).click();
      await page.locator('.ant-popconfirm:visible button.ant-btn-primary').click();
      await page.getByText('已停用').first().waitFor();
      const refused = await page.request.post('/open311/v2/requests.xml', {
        form: { api_key: key, service_code: 'E14', address_string: 'x', description: '再报一次试试' },
      });
      expect(refused.status()).toBe(403);
      expect(await refused.text()).toContain('<code>403</code>');
    } finally {
      await context.close();
    }
  }, 120_000);
});
