import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginAs, newContext, overflowsHorizontally, pickOption, serverUrl } from './browser';
import { expectImportOutcome, fillSheet, loadWorkbook } from './excel';

// 以考促学: the county imports a bank from .xlsx and publishes a test drawn from it; a party member
// takes it on a 375 px phone and reads why a wrong answer was wrong; the county reads the branch
// scores and exports them.

const baseUrl = serverUrl();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const run = String(Date.now() % 100_000);
const category = `测试${run}`;
const QUESTIONS = [
  { stem: `党的根本宗旨是（${run}）`, right: 'A', wrong: 'B', explanation: '党章总纲：全心全意为人民服务。' },
  {
    stem: `预备党员的预备期为一年（${run}）`,
    right: 'A',
    wrong: 'B',
    explanation: '党章第七条：预备期为一年。',
  },
  { stem: `党员享有的权利（${run}）`, right: 'AB', wrong: 'A', explanation: '两项都是党员的权利。' },
];

describe('study by testing', () => {
  it('goes from an imported bank to a test taken on the phone and the branch scores', async () => {
    const desk = await newContext(browser, baseUrl, 1366, 800);
    const phoneContext = await newContext(browser, baseUrl, 375, 740);
    try {
      const page = await desk.newPage();
      await loginAs(page, 'xian');
      await page.goto('/study-bank');
      await page.getByTestId('questions-import').click();
      const href = await page.getByTestId('import-template').getAttribute('href');
      const template = await (await page.request.get(href!)).body();
      const file = await fillSheet(template, '题库', [
        {
          题型: '单选',
          题干: QUESTIONS[0].stem,
          选项A: '全心全意为人民服务',
          选项B: '发展生产',
          答案: 'A',
          解析: QUESTIONS[0].explanation,
          分类: category,
        },
        { 题型: '判断', 题干: QUESTIONS[1].stem, 答案: '对', 解析: QUESTIONS[1].explanation, 分类: category },
        {
          题型: '多选',
          题干: QUESTIONS[2].stem,
          选项A: '表决权',
          选项B: '选举权',
          选项C: '特权',
          答案: 'AB',
          解析: QUESTIONS[2].explanation,
          分类: category,
        },
      ]);
      await page.getByTestId('import-dialog').locator('input[type=file]').setInputFiles({
        name: '题库.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: file,
      });
      await expectImportOutcome(page, '已导入 3 道题');
      await page.keyboard.press('Escape');
      await page.getByText(QUESTIONS[0].stem).waitFor();

      await page.goto('/study-tests');
      await page.getByTestId('test-add').click();
      await page.getByTestId('test-title').fill(`七一党章测试${run}`);
      await page.getByTestId('pick-add').click();
      await pickOption(page, 'pick-category', category);
      await page.getByTestId('pick-count').fill('3');
      await page.getByTestId('test-pass-mark').fill('20');
      await page.getByTestId('test-closes').fill('2099-12-31');
      await page.locator('.ant-modal .ant-btn-primary').click();
      await page.getByTestId('test-publish').click();
      await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
      await page.getByText('已发布').first().waitFor();
      const testUrl = page.url();

      // The party member on a phone: the test waits on the home page; one question per screen.
      const phone = await phoneContext.newPage();
      await loginAs(phone, 'dangyuan');
      await phone.getByText('待参加的考试').first().waitFor();
      await phone.goto('/study');
      await phone
        .getByTestId('my-test')
        .filter({ hasText: `七一党章测试${run}` })
        .getByTestId('test-start')
        .click();
      for (let n = 0; n < QUESTIONS.length; n++) {
        await phone
          .getByTestId('take-progress')
          .getByText(`第 ${n + 1} 题`)
          .waitFor();
        const stem = (await phone.getByTestId('take-stem').textContent()) ?? '';
        const q = QUESTIONS.find((x) => x.stem === stem)!;
        // The 预备期 question is answered wrongly on purpose; the others rightly.
        const letters = q === QUESTIONS[1] ? q.wrong : q.right;
        for (const l of letters) await phone.getByTestId(`option-${l}`).click();
        await expect.poll(() => phone.getByText(`已答 ${n + 1}/3 题`).count()).toBe(1);
        expect(await overflowsHorizontally(phone)).toBe(false);
        if (n < QUESTIONS.length - 1) await phone.getByTestId('take-next').click();
      }
      await phone.getByTestId('take-submit').click();
      await phone.locator('.ant-modal-confirm .ant-btn-primary').click();
      await phone.getByText('20 分', { exact: true }).waitFor();
      const wrong = phone.getByTestId('wrong-answer');
      await expect.poll(() => wrong.count()).toBe(1);
      await wrong.getByText(QUESTIONS[1].explanation, { exact: false }).waitFor();
      await wrong.getByText('正确答案：正确').waitFor();
      expect(await overflowsHorizontally(phone)).toBe(false);

      // The county: the member's branch took part; the scores export.
      await page.goto(testUrl);
      const branches = page.getByTestId('branch-table');
      await branches.locator('tbody tr').first().waitFor();
      await branches.getByText('100.0%').first().waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('scores-export').click(),
      ]);
      const workbook = await loadWorkbook(readFileSync((await download.path())!));
      const people = workbook.getWorksheet('个人成绩')!;
      expect(people.rowCount).toBe(2);
      expect(people.getRow(2).getCell(6).value).toBe(20);
      expect(workbook.getWorksheet('支部统计')!.rowCount).toBeGreaterThan(2);
    } finally {
      await desk.close();
      await phoneContext.close();
    }
  });
});
