import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../testing/excel';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { fillWithOpenpyxl } from '../../../testing/openpyxl';
import { nextIdNumber } from './test-factories';

// Workbooks as scripts write them: filled from the downloaded template by openpyxl (the library
// behind pandas to_excel), with formulas that have no saved result; and a template sent back
// untouched.

let h: TestHarness;
let township: Session;
let village: string;
let template: Buffer;
beforeAll(async () => {
  h = await createHarness();
  const regions = await testRegions(h.services.database.db);
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
  village = regions.ownVillage.code;
  template = (await township.get('/api/households/import/template')).rawPayload;
});
afterAll(() => h.close());

let serial = 0;
/** A household of one person in the template's column order (户编号 … 留守情况). */
const row = (name: string, overrides: Record<number, string | number | null> = {}) => {
  const cells: (string | number | null)[] = [
    `PY${++serial}`,
    village,
    '那坡屯1号',
    '一般户',
    4800,
    '否',
    null,
    null,
    name,
    '户主',
    nextIdNumber(),
    '壮族',
    null,
    '普通劳动力',
    null,
  ];
  for (const [i, v] of Object.entries(overrides)) cells[Number(i)] = v;
  return cells;
};
const upload = (file: Buffer) => importFile(h.app, township, '/api/households/import', file, '脚本.xlsx');

describe('workbooks written by scripts', () => {
  it('imports a template filled by openpyxl, whose sheet paths are absolute', async () => {
    const file = fillWithOpenpyxl(template, '农户人员', [row('韦小宝'), row('黄大海')]);
    const rels = await (await JSZip.loadAsync(file)).file('xl/_rels/workbook.xml.rels')!.async('string');
    expect(rels).toContain('Target="/xl/worksheets/sheet1.xml"');
    const job = await upload(file);
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: 'done', totalRows: 2, summary: { households: 2, persons: 2 } });
    const found = await township.get(`/api/households?q=${encodeURIComponent('韦小宝')}`);
    expect(found.json().items[0]).toMatchObject({ headName: '韦小宝' });
  });

  it('refuses a formula without a saved result on its cell, and counts every row', async () => {
    const rows = [row('=HYPERLINK("http://x.cn","李四")'), row('张三'), row('王五')];
    const job = await upload(fillWithOpenpyxl(template, '农户人员', rows));
    expect(job).toMatchObject({ status: 'rejected', totalRows: 3, errorCount: 1 });
    expect(job.errors[0]).toMatch(/^第2行 I列（姓名）：公式没有保存计算结果/);
    expect(JSON.stringify(job)).not.toContain('[object Object]');
    const none = await township.get(`/api/households?q=${encodeURIComponent('张三')}`);
    expect(none.json().items).toEqual([]);
  });

  it('says an untouched template has no data rows instead of importing nothing', async () => {
    const job = await upload(template);
    expect(job).toMatchObject({ status: 'rejected', totalRows: 0, errorCount: 0 });
    expect(job.message).toContain('没有数据行');
  });

  it('says the same of a template filled with an empty row list by openpyxl', async () => {
    const job = await upload(fillWithOpenpyxl(template, '农户人员', []));
    expect(job).toMatchObject({ status: 'rejected', totalRows: 0 });
    expect(job.message).toContain('没有数据行');
  });
});
