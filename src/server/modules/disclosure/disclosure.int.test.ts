import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemDetail, PublicDisclosure } from '../../../contracts/api/disclosure';
import { idNumberCheckChar } from '../../../contracts/id-number';
import { uploadTo } from '../../../testing/excel';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { ok } from '../../../testing/ok';
import { testPhoto, uploadAttachments } from '../../../testing/photos';

// 十公开 through the API on a real database: draft → submit → approve → public page; return with a
// reason; a correction keeps the old version visible; personal data refused on submit (field, row);
// beneficiaries' names masked; scope; the public API serves published items and their files only.

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let village: Session;
let township: Session;
let otherTownship: Session;
let otherVillage: Session;
let county: Session;
let kinds: { id: string; code: string; name: string; beneficiaries: boolean }[];

const ID = `45102219900101123${idNumberCheckChar('45102219900101123')}`;
const kindId = (code: string) => kinds.find((k) => k.code === code)!.id;
const pub = async (code: string) => {
  const res = await h.app.inject({ method: 'GET', url: `/api/public/disclosure/${code}` });
  return { status: res.statusCode, body: res.body, json: () => res.json() as PublicDisclosure };
};

const draft = (body: Record<string, unknown> = {}, s = village) =>
  ok(
    s.post('/api/disclosure/items', {
      regionCode: regions.ownVillage.code,
      kindId: kindId('G05'),
      title: '2026年第三季度财务公开',
      period: '2026年第三季度',
      year: 2026,
      body: '本季度收入 3 笔，支出 2 笔。',
      table: { columns: ['项目', '金额（元）'], rows: [['经营收入', '12000.00']] },
      ...body,
    }),
    201,
  ) as Promise<ItemDetail>;
const act = (id: string, action: string, s: Session, body: Record<string, unknown> = {}) =>
  s.post(`/api/disclosure/items/${id}/actions/${action}`, body);
const publish = async (id: string) => {
  await ok(act(id, 'submit', village));
  return ok(act(id, 'approve', township)) as Promise<ItemDetail>;
};

beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  const as = (role: Parameters<typeof sessionAs>[2], code: string) =>
    sessionAs(h.app, h.services, role, code);
  village = await as('village', regions.ownVillage.code);
  township = await as('township', regions.ownTownship.code);
  otherTownship = await as('township', regions.otherTownship.code);
  otherVillage = await as('village', regions.otherVillage.code);
  county = await as('county_admin', regions.county);
  kinds = (await ok(village.get('/api/disclosure/kinds'))).items;
});
afterAll(() => h.close());

describe('十公开', () => {
  it('seeds the ten kinds for the county, quarterly for party and village affairs and finances', () => {
    expect(kinds.map((k) => k.name)).toEqual([
      '村级治理职责',
      '党务公开',
      '村务公开',
      '农业补贴',
      '财务公开',
      '政策受益对象',
      '村干部报酬',
      '乡风文明',
      '安全',
      '承诺及奖惩',
    ]);
    expect(
      kinds
        .filter((k) => ['G02', 'G03', 'G05'].includes(k.code))
        .every((k) => (k as unknown as { frequency: string }).frequency === 'quarterly'),
    ).toBe(true);
  });

  it('goes draft → submit → approve → public page; drafts and pending items never show there', async () => {
    const item = await draft();
    expect(item.status).toBe('draft');
    expect(item.actions.map((a) => a.action)).toEqual(['submit']);
    expect((await pub(regions.ownVillage.code)).body).not.toContain(item.id);
    const photo = await uploadAttachments(village, 'disclosure_item', item.id, [
      { name: 'notice.jpg', type: 'image/jpeg', bytes: await testPhoto() },
    ]);
    expect(photo.statusCode, photo.body).toBe(201);
    const fileId = photo.json().items[0].id as string;
    // A draft's file is not served publicly.
    expect(
      (await h.app.inject({ url: `/api/public/disclosure/${regions.ownVillage.code}/files/${fileId}` }))
        .statusCode,
    ).toBe(404);
    const pending = await ok(act(item.id, 'submit', village));
    expect(pending.status).toBe('pending');
    expect((await pub(regions.ownVillage.code)).body).not.toContain(item.id);
    expect((await act(item.id, 'approve', village)).statusCode).toBe(403);
    const published: ItemDetail = await ok(act(item.id, 'approve', township));
    expect(published.status).toBe('published');
    expect((await village.patch(`/api/disclosure/items/${item.id}`, { title: '改' })).statusCode).toBe(409);
    expect((await village.request('DELETE', `/api/disclosure/items/${item.id}`)).statusCode).toBe(409);
    const page = await pub(regions.ownVillage.code);
    expect(page.status).toBe(200);
    const finance = page.json().kinds.find((k) => k.code === 'G05')!;
    expect(finance.series[0].versions[0]).toMatchObject({
      id: item.id,
      status: 'published',
      title: '2026年第三季度财务公开',
    });
    expect(finance.series[0].versions[0].attachments).toHaveLength(1);
    const file = await h.app.inject({
      url: `/api/public/disclosure/${regions.ownVillage.code}/files/${fileId}`,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('image/');
    // Under another village's code the same file is not found.
    expect(
      (await h.app.inject({ url: `/api/public/disclosure/${regions.otherVillage.code}/files/${fileId}` }))
        .statusCode,
    ).toBe(404);
    // The database itself refuses to rewrite a published version.
    await expect(
      h.services.database.db.execute(sql`update disclosure_items set title = 'x' where id = ${item.id}`),
    ).rejects.toThrow();
  });

  it('returns an item with a reason, which the village then edits and submits again', async () => {
    const item = await draft({ title: '村务公开：道路硬化', kindId: kindId('G03') });
    await ok(act(item.id, 'submit', village));
    expect((await act(item.id, 'return', township)).statusCode).toBe(422);
    const returned: ItemDetail = await ok(act(item.id, 'return', township, { reason: '请补充工程预算' }));
    expect(returned.status).toBe('returned');
    expect(returned.history.at(-1)?.reason).toBe('请补充工程预算');
    const home = await ok(village.get('/api/home'));
    expect(JSON.stringify(home)).toContain('disclosure.returned');
    const edited: ItemDetail = await ok(
      village.patch(`/api/disclosure/items/${item.id}`, { body: '预算 20 万元' }),
    );
    expect(edited.body).toBe('预算 20 万元');
    expect((await ok(act(item.id, 'submit', village))).status).toBe('pending');
    expect(JSON.stringify(await ok(township.get('/api/home')))).toContain('disclosure.pending');
  });

  it('keeps the old version visible, marked corrected with date and reason, after a correction', async () => {
    const first = await publish(
      (await draft({ title: '2026年第二季度财务公开', period: '2026年第二季度' })).id,
    );
    const correction: ItemDetail = await ok(
      village.post(`/api/disclosure/items/${first.id}/correct`, {
        reason: '支出金额录入有误',
        table: { columns: ['项目', '金额（元）'], rows: [['经营收入', '13000.00']] },
      }),
      201,
    );
    expect(correction).toMatchObject({
      version: 2,
      change: 'correction',
      status: 'draft',
      seriesId: first.seriesId,
    });
    // One correction at a time.
    expect(
      (await village.post(`/api/disclosure/items/${first.id}/correct`, { reason: '再改' })).statusCode,
    ).toBe(409);
    // Until it is approved the public page shows the first version only.
    let series = (await pub(regions.ownVillage.code))
      .json()
      .kinds.flatMap((k) => k.series)
      .find((s) => s.seriesId === first.seriesId)!;
    expect(series.versions.map((v) => v.status)).toEqual(['published']);
    await publish(correction.id);
    series = (await pub(regions.ownVillage.code))
      .json()
      .kinds.flatMap((k) => k.series)
      .find((s) => s.seriesId === first.seriesId)!;
    expect(series.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'published'],
      [1, 'corrected'],
    ]);
    expect(series.versions[1].supersededReason).toBe('支出金额录入有误');
    expect(series.versions[1].supersededAt).not.toBeNull();
    expect(series.versions[1].table?.rows[0][1]).toBe('12000.00');
    expect(series.versions[0].table?.rows[0][1]).toBe('13000.00');
    // The old one cannot be corrected again; the new one can be withdrawn, and stays listed as 已撤回.
    expect(
      (await village.post(`/api/disclosure/items/${first.id}/correct`, { reason: 'x' })).statusCode,
    ).toBe(409);
    const withdrawal: ItemDetail = await ok(
      village.post(`/api/disclosure/items/${correction.id}/withdraw`, { reason: '事项已合并到年度公开' }),
      201,
    );
    expect(withdrawal.status).toBe('pending');
    await ok(act(withdrawal.id, 'approve', township));
    series = (await pub(regions.ownVillage.code))
      .json()
      .kinds.flatMap((k) => k.series)
      .find((s) => s.seriesId === first.seriesId)!;
    expect(series.versions.map((v) => v.status)).toEqual(['published', 'withdrawn', 'corrected']);
    expect(series.versions[0]).toMatchObject({ change: 'withdrawal', changeReason: '事项已合并到年度公开' });
    const detail: ItemDetail = await ok(village.get(`/api/disclosure/items/${first.id}`));
    expect(detail.versions.map((v) => v.status)).toEqual(['corrected', 'withdrawn', 'published']);
  });

  it('refuses personal data on submit naming the field or the table row and column; masks beneficiaries', async () => {
    const withPhone = await draft({ body: '有事请联系 138 1234 5678' });
    const refused = await act(withPhone.id, 'submit', village);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields[0]).toMatchObject({ path: 'body' });
    expect(refused.json().message).toContain('手机号');
    const withId = await draft({
      body: '',
      table: {
        columns: ['户主', '身份证号'],
        rows: [
          ['张三', ''],
          ['李四', ID],
        ],
      },
    });
    const idRefused = await act(withId.id, 'submit', village);
    expect(idRefused.statusCode).toBe(422);
    expect(idRefused.json().fields[0]).toMatchObject({ path: 'table.rows.1.1' });
    expect(idRefused.json().message).toContain('表格第 2 行「身份证号」列');
    expect(idRefused.body).not.toContain(ID);
    expect((await ok(village.get(`/api/disclosure/items/${withId.id}`))).status).toBe('draft');

    const list = await draft({
      kindId: kindId('G06'),
      title: '2026年第三季度低保对象',
      body: '',
      table: {
        columns: ['姓名', '保障人数', '金额（元）'],
        rows: [
          ['张三', '2', '1200.00'],
          ['欧阳小明', '3', '1800.00'],
        ],
      },
    });
    const submitted: ItemDetail = await ok(act(list.id, 'submit', village));
    expect(submitted.table?.rows).toEqual([
      ['张*', '2', '1200.00'],
      ['欧**明', '3', '1800.00'],
    ]);
    await ok(act(list.id, 'approve', township));
    const page = await pub(regions.ownVillage.code);
    expect(page.body).toContain('欧**明');
    expect(page.body).not.toContain('欧阳小明');
    expect(page.body).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    expect(page.body).not.toContain(ID);
  });

  it('keeps each side to its scope; 404 outside; the public page 404s for an unknown village', async () => {
    const item = await draft({ title: '范围测试' });
    expect((await otherVillage.get(`/api/disclosure/items/${item.id}`)).statusCode).toBe(404);
    expect((await otherTownship.get(`/api/disclosure/items/${item.id}`)).statusCode).toBe(404);
    expect((await otherVillage.patch(`/api/disclosure/items/${item.id}`, { title: 'x' })).statusCode).toBe(
      404,
    );
    expect((await act(item.id, 'submit', otherVillage)).statusCode).toBe(404);
    const foreign = await otherVillage.post('/api/disclosure/items', {
      regionCode: regions.ownVillage.code,
      kindId: kindId('G05'),
      title: 't',
      period: '2026年',
      year: 2026,
    });
    expect(foreign.statusCode).toBe(422);
    const listed = await ok(otherTownship.get('/api/disclosure/items?pageSize=200'));
    expect(listed.items.some((r: { id: string }) => r.id === item.id)).toBe(false);
    const own = await ok(township.get(`/api/disclosure/items?q=${encodeURIComponent('范围')}`));
    expect(own.items.map((r: { id: string }) => r.id)).toEqual([item.id]);
    expect((await township.post('/api/disclosure/items', {})).statusCode).toBe(403);
    expect((await pub('451022999999')).status).toBe(404);
    expect((await pub(regions.ownTownship.code)).status).toBe(404);
    expect(
      (await otherVillage.get(`/api/disclosure/villages/${regions.ownVillage.code}/board-code`)).statusCode,
    ).toBe(404);
    const code = await ok(village.get(`/api/disclosure/villages/${regions.ownVillage.code}/board-code`));
    expect(code.url).toMatch(new RegExp(`/gk/${regions.ownVillage.code}$`));
    expect(code.svg).toContain('<svg');
    await ok(village.request('DELETE', `/api/disclosure/items/${item.id}`));
    expect((await village.get(`/api/disclosure/items/${item.id}`)).statusCode).toBe(404);
  });

  it('drafts collective income from the economy records and counts published items as a figure', async () => {
    const account = await ok(
      village.post('/api/economy/accounts', { regionCode: regions.ownVillage.code, year: 2025 }),
      201,
    );
    await ok(
      village.post(`/api/economy/accounts/${account.id}/lines`, {
        quarter: 1,
        code: 'I1',
        item: '农产品销售',
        amountFen: 5_000_000,
      }),
      201,
    );
    const generated: ItemDetail = await ok(
      village.post('/api/disclosure/generate', {
        regionCode: regions.ownVillage.code,
        source: 'income',
        year: 2025,
      }),
      201,
    );
    expect(generated).toMatchObject({
      source: 'income',
      status: 'draft',
      kindId: kindId('G05'),
      period: '2025年度',
    });
    expect(generated.table?.rows).toContainEqual(['经营收入', '50000.00']);
    const none = await village.post('/api/disclosure/generate', {
      regionCode: regions.ownVillage.code,
      source: 'stars',
      year: 2025,
    });
    expect(none.statusCode).toBe(409);
    const figures = await ok(
      county.get(`/api/figures/values?regionCode=${regions.ownVillage.code}&year=2026`),
    );
    const value = (key: string) => figures.values.find((v: { key: string }) => v.key === key)?.value;
    // Two series published for 2026 and not withdrawn: the 第三季度 item and the low-income list.
    expect(value('disclosure.published')).toBe(2);
    expect(value('disclosure.villagesOverdue')).toBe(0);
  });

  it('reads a table from the first sheet of an .xlsx, the first row as column names', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('补贴');
    sheet.addRow(['户主', '面积（亩）', '金额（元）']);
    sheet.addRow(['张三', 3.5, 420]);
    sheet.addRow(['李四', 2, 240]);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const res = await uploadTo(h.app, village, '/api/disclosure/table-import', file, '补贴.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      columns: ['户主', '面积（亩）', '金额（元）'],
      rows: [
        ['张三', '3.5', '420'],
        ['李四', '2', '240'],
      ],
    });
    const wrong = await uploadTo(
      h.app,
      village,
      '/api/disclosure/table-import',
      Buffer.from('not a workbook'),
      'x.xlsx',
    );
    expect(wrong.statusCode).toBe(422);
  });
});
