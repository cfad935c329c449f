import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectDetail } from '../src/contracts/api/economy-projects';
import { testPhoto } from '../src/testing/photos';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, pickOption, serverUrl } from './browser';

// 书记领办项目 in the browser (docs/economy.md §6): the township enters the village's led project
// with its party secretary as leader on the page, the village secretary commits it publicly and
// records a milestone with a photo on a 375 px phone, the township evaluates and closes it (the
// phone then shows it read-only), and anyone reads the public commitment page on a phone without
// logging in.

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const api = async <T>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> => {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const res = await page.request.fetch(path, { method, data, headers: { 'x-csrf-token': me.csrfToken } });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
};

describe('economy projects: a led project from entry to a milestone photo on a phone', () => {
  it('lets the village secretary record a milestone with a photo on a 375 px phone', {
    timeout: 240_000,
  }, async () => {
    const [deskCtx, phoneCtx, publicCtx] = await Promise.all([
      newContext(browser, baseUrl, 1280, 800),
      newContext(browser, baseUrl, 375, 740),
      newContext(browser, baseUrl, 375, 740),
    ]);
    try {
      const phone = await phoneCtx.newPage();
      await loginAs(phone, 'cun');
      const village = (await api<{ scopeCode: string; scopeName: string }>(phone, 'GET', '/api/auth/me'))
        .scopeCode;
      const title = `村集体百香果基地${Date.now() % 100_000}`;

      // 乡镇 enters the village's led project on the page; the leader is the village's party secretary.
      const zhen = await deskCtx.newPage();
      await loginAs(zhen, 'zhen');
      const year = new Date().getFullYear();
      const candidates = await api<{ items: { cadreId: string; name: string; isSecretary: boolean }[] }>(
        zhen,
        'GET',
        `/api/economy/projects/leader-candidates?regionCode=${village}&year=${year}`,
      );
      const secretary = candidates.items.find((c) => c.isSecretary);
      expect(secretary, 'the demo village has a party secretary').toBeTruthy();
      await zhen.goto('/economy-projects');
      await zhen.getByTestId('project-new').click();
      const villageName = (await api<{ name: string }>(zhen, 'GET', `/api/regions/${village}`)).name;
      await pickOption(zhen, 'project-region', villageName, { search: villageName });
      await pickOption(zhen, 'project-leader-cadre', secretary!.name);
      await zhen.getByTestId('project-title').fill(title);
      await zhen
        .getByTestId('project-commitment')
        .fill('流转土地 50 亩种植百香果，年底前带动村集体增收 5 万元');
      await zhen.getByTestId('project-save').click();
      await zhen.getByTestId('project-page').waitFor();
      await zhen.getByTestId('project-title').filter({ hasText: title }).waitFor();
      const projectId = zhen.url().split('/').pop()!;
      // 编辑 before the commitment is public: the promise gets its number of households.
      await zhen.getByTestId('project-edit').click();
      await zhen
        .getByTestId('project-commitment')
        .fill('流转土地 50 亩种植百香果，带动 30 户务工，年底前村集体增收 5 万元');
      await zhen.getByTestId('project-save').click();
      await zhen.getByText('带动 30 户务工').waitFor();

      // The village secretary, on the phone, finds it in the list and commits it publicly.
      await phone.goto('/economy-projects');
      await phone.getByTestId('project-link').filter({ hasText: title }).click();
      await phone.getByTestId('project-page').waitFor();
      await phone.getByTestId('project-commit').click();
      await phone.getByTestId('project-commit-ok').click();
      await phone.getByTestId('project-status').filter({ hasText: '已公开承诺' }).waitFor();
      expect(await overflowsHorizontally(phone)).toBe(false);

      // 记录进度 with a photo taken there and then.
      await phone.getByTestId('milestone-add').click();
      await phone.getByTestId('milestone-title').fill('完成土地流转 50 亩');
      await phone.getByTestId('milestone-note').fill('与 12 户签订流转合同');
      await phone.getByTestId('milestone-new-photo-input').setInputFiles({
        name: 'land.png',
        mimeType: 'image/png',
        buffer: await testPhoto({ format: 'png', width: 320, height: 240 }),
      });
      await phone.getByRole('dialog').getByRole('img', { name: '第 1 张照片' }).waitFor();
      expect(await overflowsHorizontally(phone)).toBe(false);
      await phone.getByTestId('milestone-save').click();
      await phone.getByRole('dialog').waitFor({ state: 'detached' });
      const item = phone.getByTestId('milestone-item').filter({ hasText: '完成土地流转 50 亩' });
      await item.waitFor();
      await item.getByRole('img', { name: '完成土地流转 50 亩 第 1 张照片' }).waitFor();
      await item.getByText(/完成于/).waitFor();
      expect(await overflowsHorizontally(phone)).toBe(false);

      const detail = await api<ProjectDetail>(phone, 'GET', `/api/economy/projects/${projectId}`);
      expect(detail.status).toBe('committed');
      expect(detail.milestones).toHaveLength(1);
      expect(detail.milestones[0]).toMatchObject({ title: '完成土地流转 50 亩' });
      expect(detail.milestones[0]!.doneOn).not.toBeNull();
      expect(detail.milestones[0]!.photos).toHaveLength(1);

      // 乡镇 evaluates on site (记录考评, 完成考评) and closes it (办结销号) on the page.
      await zhen.reload();
      await zhen.getByTestId('project-record').click();
      await zhen.getByTestId('evaluation-name').fill('黄考评');
      await zhen.getByTestId('evaluation-score').fill('88');
      await zhen.getByTestId('evaluation-comment').fill('流转合同齐全，基地已开工');
      await zhen.getByTestId('evaluation-save').click();
      await zhen.getByTestId('evaluation-list').getByText('黄考评').waitFor();
      await zhen.getByTestId('project-evaluate').click();
      await zhen.getByTestId('project-evaluate-ok').click();
      await zhen.getByTestId('project-status').filter({ hasText: '已考评' }).waitFor();
      await zhen.getByTestId('project-close').click();
      await zhen.getByTestId('project-close-income').fill('52000');
      await zhen.getByTestId('project-close-ok').click();
      await zhen.getByTestId('project-readonly').waitFor();

      // Closed: the phone shows it read-only, without any button that would change it.
      await phone.reload();
      await phone.getByTestId('project-readonly').waitFor();
      expect(await phone.getByTestId('milestone-add').count()).toBe(0);
      expect(await phone.getByTestId('milestone-photo-add').count()).toBe(0);
      expect(await phone.getByTestId('project-commit').count()).toBe(0);
      const closed = await api<ProjectDetail>(phone, 'GET', `/api/economy/projects/${projectId}`);
      expect(closed).toMatchObject({ status: 'closed', score: 88, incomeFen: 5_200_000 });

      // Anyone reads the commitment on a phone, without logging in: no phone or ID number shown.
      const reader = await publicCtx.newPage();
      await reader.goto(`/public/projects/${village}`);
      const card = reader.getByTestId('public-project').filter({ hasText: title });
      await card.waitFor();
      await card.getByText(secretary!.name, { exact: false }).waitFor();
      await reader.getByRole('img', { name: '公开承诺页二维码' }).waitFor();
      const text = (await reader.locator('main').textContent()) ?? '';
      expect(text).not.toMatch(/1[3-9]\d{9}/);
      expect(text).not.toMatch(/\d{17}[\dX]/);
      expect(await overflowsHorizontally(reader)).toBe(false);
    } finally {
      await Promise.all([deskCtx.close(), phoneCtx.close(), publicCtx.close()]);
    }
  });
});
