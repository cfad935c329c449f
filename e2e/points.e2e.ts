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

type Household = { id: string; householdNo: string; headName: string | null };

const csrf = async (page: Page) =>
  ((await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string }).csrfToken;

/** A household of the demo village whose redemptions are not suspended (the generator may freeze some). */
const pickHousehold = async (page: Page): Promise<Household> => {
  const list = (await (await page.request.get('/api/households?pageSize=30')).json()) as {
    items: Household[];
  };
  for (const h of list.items) {
    if (!h.headName) continue;
    const res = await page.request.get(`/api/points/holder-account?system=civil&holderId=${h.id}`);
    const account = (await res.json()) as { frozenUntil: string | null };
    if (res.ok() && !account.frozenUntil) return h;
  }
  throw new Error('no household in the demo village');
};

const choose = (page: Page, testId: string, search: string, text: string) =>
  pickOption(page, testId, text, { search });

describe('points', () => {
  it('a grid worker proposes on a phone, the secretary approves, and the shop redeems with the balance checked', async () => {
    const phone = await newContext(browser, baseUrl, 375, 740);
    const desk = await newContext(browser, baseUrl, 1280, 800);
    try {
      // 网格员 on a phone: the household, the rule, submit — three taps after typing the number.
      const worker = await phone.newPage();
      await loginAs(worker, 'wangge');
      const household = await pickHousehold(worker);
      await worker.goto('/points-propose');
      await choose(worker, 'propose-holder', household.householdNo, household.householdNo);
      await worker.getByTestId('propose-rule-C04').click();
      await worker.getByTestId('propose-submit').click();
      await worker.getByText('已提交').first().waitFor();
      expect(await overflowsHorizontally(worker)).toBe(false);

      // 书记 approves the claim in one tap.
      const cun = await desk.newPage();
      await loginAs(cun, 'cun');
      await cun.goto('/points-review');
      const card = cun.locator('[data-testid^="claim-"]').filter({ hasText: household.householdNo }).first();
      await card.getByTestId('claim-approve').click();
      await cun.getByText('已通过并入账').waitFor();

      // The shop is opened, goods added and stocked through the page.
      await cun.goto('/points-shop');
      await cun.getByTestId('shop-create').click();
      const shopName = `文明积分超市${Date.now() % 10_000}`;
      await cun.getByTestId('shop-form-name').fill(shopName);
      await cun.getByTestId('shop-form-submit').click();
      await cun.getByTestId('shop-card').waitFor();
      // Renamed through its edit form (the name stays unique in the village).
      await cun.getByTestId('shop-edit').click();
      await cun.getByTestId('shop-form-name').fill(`${shopName}·新`);
      await cun.getByTestId('shop-form-submit').click();
      await cun.getByTestId('shop-card').getByText(`${shopName}·新`).waitFor();
      await cun.getByRole('tab', { name: '商品管理' }).click();
      await cun.getByTestId('goods-create').click();
      await cun.getByTestId('goods-form-name').fill('肥皂');
      await cun.getByTestId('goods-form-price').fill('2');
      await cun.getByTestId('goods-form-submit').click();
      await cun.getByTestId('goods-stock-in-肥皂').click();
      await cun.getByTestId('stock-in-quantity').fill('10');
      await cun.getByTestId('stock-in-source').locator('input').fill('帮扶单位捐赠');
      await cun.getByTestId('stock-in-submit').click();
      await cun.getByRole('cell', { name: '10', exact: true }).waitFor();

      // A dear item, stocked through the API, for the 积分不足 case.
      const shops = (await (await cun.request.get('/api/points/shops')).json()) as {
        id: string;
        name: string;
      }[];
      const headers = { 'x-csrf-token': await csrf(cun) };
      const shopId = shops.find((s) => s.name === `${shopName}·新`)?.id;
      const dear = (await (
        await cun.request.post(`/api/points/shops/${shopId}/goods`, {
          headers,
          data: { name: '电饭锅', unit: '个', price: 100_000 },
        })
      ).json()) as { id: string };
      await cun.request.post(`/api/points/goods/${dear.id}/stock-in`, {
        headers,
        data: { quantity: 1, source: '村集体收益' },
      });

      // At the counter: the balance, one soap, confirm, the receipt with the code and the lower balance.
      await cun.getByRole('tab', { name: '柜台兑换' }).click();
      await choose(cun, 'counter-household', household.householdNo, household.householdNo);
      const balanceText = await cun
        .getByTestId('counter-balance')
        .locator('.ant-statistic-content-value')
        .textContent();
      const before = Number((balanceText ?? '').replaceAll(',', ''));
      expect(before).toBeGreaterThanOrEqual(2);
      await cun.getByTestId('counter-goods-肥皂').getByTestId('goods-plus').click();
      await cun.getByTestId('counter-redeem').click();
      await cun.getByTestId('redeem-confirm').click();
      await cun.getByTestId('counter-receipt').waitFor();
      expect(await cun.getByTestId('counter-code').textContent()).toMatch(/^\d{6}$/);
      expect(Number(await cun.getByTestId('counter-balance-after').textContent())).toBe(before - 2);

      // The next customer wants more than the balance: the server's Chinese message is shown.
      await cun.getByTestId('counter-next').click();
      await choose(cun, 'counter-household', household.householdNo, household.householdNo);
      await cun.getByTestId('counter-goods-电饭锅').getByTestId('goods-plus').click();
      await cun.getByTestId('counter-redeem').click();
      await cun.getByTestId('redeem-confirm').click();
      await expect.poll(() => cun.getByTestId('counter-error').textContent()).toContain('积分不足');

      // 一户一档 shows the same balance, with the soap as the latest entry and the whole ledger a tap away.
      await cun.goto(`/households/${household.id}`);
      const points = cun.getByTestId('profile-points');
      await expect
        .poll(async () =>
          Number(
            ((await points.locator('.ant-statistic-content-value').first().textContent()) ?? '').replaceAll(
              ',',
              '',
            ),
          ),
        )
        .toBe(before - 2);
      await points.getByText('−2').first().waitFor();
      await points.getByTestId('profile-points-ledger').click();
      await cun.locator('.ant-drawer').getByText('兑换').first().waitFor();
    } finally {
      await phone.close();
      await desk.close();
    }
  }, 120_000); // three roles, two screens: its minute ran out under a loaded CI run

  it('a villager reserves goods on a phone, gets the pick-up code, and cancels the reservation', async () => {
    const phone = await newContext(browser, baseUrl, 375, 740);
    try {
      const page = await phone.newPage();
      await loginAs(page, 'cunmin');
      await page.goto('/my-points');
      await page.getByTestId('my-points-reserve').click();
      // The village shop's shelf: one of the first goods in stock, reserve, confirm.
      await page.getByTestId('goods-plus').first().waitFor();
      await page.locator('[data-testid="goods-plus"]:not([disabled])').first().click();
      await page.getByTestId('reserve-submit').click();
      await page.getByTestId('redeem-confirm').click();
      const code = (await page.getByTestId('counter-code').textContent()) ?? '';
      expect(code).toMatch(/^\d{6}$/);
      expect(await overflowsHorizontally(page)).toBe(false);
      await page.getByTestId('counter-next').click();
      // Waiting for pick-up, then cancelled by the villager: points and stock go back.
      const reservation = page.getByTestId(`reservation-${code}`);
      await reservation.waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);
      await reservation.getByTestId('reservation-cancel').click();
      await page.locator('.ant-modal textarea, .ant-modal input').first().fill('买错了');
      await page.getByTestId('reason-ok').click();
      await page.getByText('已撤销，积分和库存已退回').waitFor();
      await reservation.waitFor({ state: 'detached' });
    } finally {
      await phone.close();
    }
  });

  it('opens the rules, accounts, boards and my-points pages on a phone without sideways scrolling', async () => {
    const phone = await newContext(browser, baseUrl, 375, 740);
    try {
      const page = await phone.newPage();
      await loginAs(page, 'cun');
      const { scopeName } = await (await page.request.get('/api/auth/me')).json();
      // The region pickers of the rules and the rankings name the village, never its 12-digit code.
      const picksByName = async () => {
        const picker = page.locator('.ant-select').filter({ hasText: scopeName }).first();
        await picker.waitFor();
        expect(await page.locator('main').textContent()).not.toMatch(/\d{12}/);
      };
      await page.goto('/points-rules');
      await page.getByText('县级目录').first().waitFor();
      await picksByName();
      await page.goto('/points');
      await page.getByRole('tab', { name: '排名' }).click();
      await picksByName();
      // The member ranking narrowed to one branch of the village.
      await pickOption(page, 'rankings-branch', /\S/);
      await page.locator('.ant-table-row').first().waitFor();
      await page.goto('/points-boards');
      await page.getByTestId('board-wall').waitFor();
      await page.getByTestId('stars-rule').getByText('未加分一星').waitFor();
      expect(await overflowsHorizontally(page)).toBe(false);

      const other = await newContext(browser, baseUrl, 375, 740);
      const member = await other.newPage();
      await loginAs(member, 'dangyuan');
      await member.goto('/my-points');
      await member.getByText('我的积分').first().waitFor();
      await member
        .getByText('您的账号尚未关联本人档案，请联系村里')
        .or(member.getByText('积分明细'))
        .first()
        .waitFor();
      expect(await overflowsHorizontally(member)).toBe(false);
      await other.close();
    } finally {
      await phone.close();
    }
  });
});
