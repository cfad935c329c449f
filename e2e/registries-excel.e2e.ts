import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../src/contracts/id-number';
import { launchBrowser, loginAs, newContext, serverUrl } from './browser';
import {
  errorRows,
  expectImportOutcome,
  fillSheet,
  headerColumns,
  loadWorkbook,
  saveWithLibreOffice,
} from './excel';

// The county clerk's loop for every registry: download the template from the page, fill it,
// save it in LibreOffice Calc, import it, fix what the error copy marks, and find the records on
// the registry's page.

const baseUrl = serverUrl();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const withPage = async (fn: (page: Page) => Promise<void>) => {
  const context = await newContext(browser, baseUrl, 1280, 800);
  try {
    await fn(await context.newPage());
  } finally {
    await context.close();
  }
};

const tag = () => Date.now().toString(36).slice(-5) + Math.floor(Math.random() * 100);
const idNumber = (): string => {
  const birth = new Date(Date.UTC(1960, 0, 1) + Math.floor(Math.random() * 12_000) * 86_400_000);
  const first17 = `451022${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
};

const villageCode = async (page: Page): Promise<string> => {
  const res = await page.request.get('/api/regions/search?q=%E7%89%9B%E8%A1%8C');
  const { items } = (await res.json()) as { items: { code: string; level: string }[] };
  return items.find((r) => r.level === 'village')!.code;
};

const csrf = async (page: Page) =>
  ((await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string }).csrfToken;

/** A household whose head is `name`, made through the API (members and cadres refer to people). */
const villager = async (page: Page, name: string) => {
  const id = idNumber();
  const householdNo = `E2E-${tag()}`;
  const res = await page.request.post('/api/households', {
    headers: { 'x-csrf-token': await csrf(page) },
    data: { householdNo, regionCode: await villageCode(page), head: { name, idNumber: id } },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { name, idNumber: id, householdNo };
};

/** Opens the registry page's import dialog, takes its template link, fills and uploads the file. */
const importThroughPage = async (
  page: Page,
  o: { path: string; registry: string; sheet: string; rows: Record<string, string>[] },
) => {
  await page.goto(o.path);
  await page.getByTestId(`${o.registry}-import`).click();
  const href = await page.getByTestId('import-template').getAttribute('href');
  const template = await (await page.request.get(href!)).body();
  const file = await saveWithLibreOffice(await fillSheet(template, o.sheet, o.rows), `${o.sheet}.xlsx`);
  await upload(page, file, o.sheet);
};

const upload = (page: Page, buffer: Buffer, sheet: string) =>
  page
    .getByTestId('import-dialog')
    .locator('input[type=file]')
    .setInputFiles({
      name: `${sheet}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });

const closeDialog = async (page: Page) => {
  await page.keyboard.press('Escape');
  await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
};

// Each test opens and saves workbooks in LibreOffice several times, each a fresh start with a new
// profile (about ten seconds of CPU): alone a test takes 25–30 s, on a loaded CI machine over 60.
const LIBREOFFICE_TEST = { timeout: 180_000 };

describe('every registry through Excel', () => {
  it(
    'party organizations: a bad level is marked, fixed in the error copy, and the tree shows the branch',
    LIBREOFFICE_TEST,
    () =>
      withPage(async (page) => {
        await loginAs(page, 'xian');
        const village = await villageCode(page);
        const t = tag();
        await importThroughPage(page, {
          path: '/orgs',
          registry: 'orgs',
          sheet: '党组织',
          rows: [
            {
              组织名称: `牛行村党总支${t}`,
              组织层级: '党总支',
              组织类别: '村（社区）党组织',
              所属区划: village,
            },
            {
              组织名称: `牛行村一支部${t}`,
              组织层级: '支部',
              组织类别: '村（社区）党组织',
              所属区划: village,
              上级党组织: `牛行村党总支${t}`,
            },
          ],
        });
        await expectImportOutcome(page, '发现 1 处错误');
        const href = await page.getByTestId('import-error-file').getAttribute('href');
        const workbook = await loadWorkbook(
          await saveWithLibreOffice(await (await page.request.get(href!)).body(), '错误.xlsx'),
        );
        const [problem] = errorRows(workbook, '党组织');
        expect(problem.row).toBe(3);
        const sheet = workbook.getWorksheet('党组织')!;
        sheet.getRow(3).getCell(headerColumns(sheet).get('组织层级')!).value = '党支部';
        await page.getByTestId('import-again').click();
        await upload(
          page,
          await saveWithLibreOffice(Buffer.from(await workbook.xlsx.writeBuffer()), '党组织.xlsx'),
          '党组织',
        );
        await expectImportOutcome(page, '已导入 2 个党组织');
        await closeDialog(page);
        const res = await page.request.get(`/api/orgs?q=${encodeURIComponent(`牛行村一支部${t}`)}`);
        expect((await res.json()).items).toHaveLength(1);
      }),
  );

  it(
    'party members, cadres and talents refer to villagers by ID number and show on their pages',
    LIBREOFFICE_TEST,
    () =>
      withPage(async (page) => {
        await loginAs(page, 'xian');
        const t = tag();
        const village = await villageCode(page);
        const branch = `牛行党支部${t}`;
        const org = await page.request.post('/api/orgs', {
          headers: { 'x-csrf-token': await csrf(page) },
          data: { name: branch, level: 'branch', kind: 'village', regionCode: village },
        });
        expect(org.status()).toBe(201);
        const member = await villager(page, `党员${t}`);
        const cadre = await villager(page, `干部${t}`);

        await importThroughPage(page, {
          path: '/members',
          registry: 'members',
          sheet: '党员',
          rows: [
            {
              姓名: member.name,
              身份证号: member.idNumber,
              所属党组织: branch,
              党员类别: '正式党员',
              入党日期: '2008-07-01',
              转正日期: '2009-07-01',
            },
          ],
        });
        await expectImportOutcome(page, '已导入 1 名党员');
        await closeDialog(page);
        await page.getByPlaceholder('按姓名搜索').fill(member.name);
        await page.getByPlaceholder('按姓名搜索').press('Enter');
        await page.locator('.ant-table-row').getByText(member.name).first().waitFor();

        await importThroughPage(page, {
          path: '/cadres',
          registry: 'cadres',
          sheet: '村干部',
          rows: [
            {
              姓名: cadre.name,
              身份证号: cadre.idNumber,
              职务: '村党组织书记、村民委员会主任',
              背景类别: '致富能手',
            },
          ],
        });
        await expectImportOutcome(page, '已导入 1 名干部');
        await closeDialog(page);
        const cadres = await (
          await page.request.get(`/api/cadres?regionCode=${village}&pageSize=100`)
        ).json();
        expect(cadres.items.find((c: { name: string }) => c.name === cadre.name)).toMatchObject({
          oneShoulder: true,
        });

        await importThroughPage(page, {
          path: '/talents',
          registry: 'talents',
          sheet: '人才',
          rows: [{ 所属村: village, 姓名: `能人${t}`, 人才类别: '电商直播', 称号: '乡创客' }],
        });
        await expectImportOutcome(page, '已导入 1 名人才');
        await closeDialog(page);
        const talents = await (await page.request.get('/api/talents?category=ecommerce&pageSize=100')).json();
        expect(talents.items.map((x: { name: string }) => x.name)).toContain(`能人${t}`);
      }),
  );

  it('grids, household assignment and a work team go in from their pages', LIBREOFFICE_TEST, () =>
    withPage(async (page) => {
      await loginAs(page, 'xian');
      const t = tag();
      const village = await villageCode(page);
      const home = await villager(page, `户主${t}`);
      // The village's big grid is the parent when it exists; otherwise the file makes it first.
      const bigGrids = await (await page.request.get(`/api/grids?regionCode=${village}`)).json();
      const big = bigGrids.items[0] as { code: string } | undefined;
      await importThroughPage(page, {
        path: '/grids',
        registry: 'grids',
        sheet: '网格',
        rows: [
          ...(big ? [] : [{ 所属村: village, 网格层级: '大网格', 网格名称: `牛行村网格${t}` }]),
          {
            所属村: village,
            网格层级: '中网格',
            网格名称: `寨管委${t}`,
            上级网格: big?.code ?? `牛行村网格${t}`,
          },
          {
            所属村: village,
            网格层级: '小网格',
            网格名称: `十联户${t}`,
            上级网格: `寨管委${t}`,
            网格员: `网格员${t}`,
          },
        ],
      });
      await expectImportOutcome(page, '已导入');
      await closeDialog(page);
      const exported = await loadWorkbook(
        await (await page.request.get(`/api/grids/export?regionCode=${village}`)).body(),
      );
      const rows: string[][] = [];
      exported.getWorksheet('网格')!.eachRow((r) => rows.push((r.values as string[]).slice(1).map(String)));
      const small = rows.find((r) => r[2] === `十联户${t}`)!;
      expect(small[4]).toBe(`网格员${t}`);

      await importThroughPage(page, {
        path: '/grids',
        registry: 'gridAssignments',
        sheet: '户网格归属',
        rows: [{ 户编号: home.householdNo, 户主姓名: home.name, 小网格编码: small[7] }],
      });
      await expectImportOutcome(page, '已导入 1 户');
      await closeDialog(page);

      await importThroughPage(page, {
        path: '/work-teams',
        registry: 'workTeams',
        sheet: '驻村工作队',
        rows: [
          {
            驻村: village,
            工作队名称: `工作队${t}`,
            派出单位: '县农业农村局',
            派出层级: '县级',
            队员姓名: `队长${t}`,
            队内职务: '队长',
          },
        ],
      });
      await expectImportOutcome(page, '已导入 1 名队员');
      await closeDialog(page);
      await page.getByText(`工作队${t}`).first().waitFor();
    }),
  );
});
