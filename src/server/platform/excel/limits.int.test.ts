import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSheet, importFile, readWorkbook, sheetRows } from '../../../testing/excel';
import { type Session, sessionAs, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';

// Bounded imports (issue 11): a row cap checked while the file is read, errors kept up to a
// number (the rest counted), every row counted in the job, control characters in cells as
// cell errors. Small limits are configured so the files stay small.

const MAX_ROWS = 8;
const MAX_ERRORS = 5;
const HEADERS = ['所属村', '姓名', '身份证号', '联系电话', '人才类别', '称号', '特长说明'];

let h: TestHarness;
let township: Session;
let villageLabel: string;
beforeAll(async () => {
  h = await createHarness({
    env: { IMPORT_MAX_ROWS: String(MAX_ROWS), IMPORT_MAX_ERRORS: String(MAX_ERRORS) },
  });
  const regions = await testRegions(h.services.database.db);
  villageLabel = `${regions.ownTownship.name}/${regions.ownVillage.name}`;
  township = await sessionAs(h.app, h.services, 'township', regions.ownTownship.code);
});
afterAll(() => h.close());

let n = 0;
const talent = (over: Partial<Record<'name' | 'category' | 'skills', string>> = {}) => [
  villageLabel,
  over.name ?? `人才${++n}`,
  null,
  null,
  over.category ?? '种植',
  null,
  over.skills ?? null,
];
const upload = async (rows: (string | null)[][]) =>
  importFile(h.app, township, '/api/talents/import', await buildSheet('人才', HEADERS, rows));
const errorFile = async (jobId: string) => {
  const res = await township.get(`/api/import-jobs/${jobId}/error-file`);
  expect(res.statusCode).toBe(200);
  return readWorkbook(res.rawPayload);
};

/**
 * A workbook whose shared strings carry Excel's _xHHHH_ escapes and raw tabs/newlines, its parts
 * in Excel's order (workbook and shared strings before the sheets).
 */
const withEscapes = async (file: Buffer, replace: Record<string, string>) => {
  const zip = await JSZip.loadAsync(file);
  let strings = await zip.file('xl/sharedStrings.xml')!.async('string');
  for (const [from, to] of Object.entries(replace)) strings = strings.replace(`>${from}<`, `>${to}<`);
  zip.file('xl/sharedStrings.xml', strings);
  const first = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const ordered = new JSZip();
  for (const name of [...first, 'xl/sharedStrings.xml', ...names.filter((n) => !first.includes(n))])
    if (!ordered.file(name)) ordered.file(name, await zip.file(name)!.async('nodebuffer'));
  return ordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};

describe('import limits', () => {
  it('refuses a file past the row cap while reading it, with the cap in the message', async () => {
    const job = await upload(Array.from({ length: MAX_ROWS + 5 }, () => talent()));
    expect(job.status).toBe('rejected');
    expect(job.message).toContain(`上限 ${MAX_ROWS} 行`);
    expect(job.processedRows).toBe(MAX_ROWS + 1);
    expect(job.hasErrorFile).toBe(false);
  });

  it('takes a file of exactly the cap', async () => {
    const job = await upload(Array.from({ length: MAX_ROWS }, () => talent()));
    expect(job).toMatchObject({ status: 'done', totalRows: MAX_ROWS, summary: { talents: MAX_ROWS } });
  });

  it('keeps the first errors, counts the rest and says how many more in the message and the file', async () => {
    const rows = Array.from({ length: MAX_ROWS }, () => talent({ category: '不存在的类别' }));
    rows[0][1] = null; // a second error on row 2
    const job = await upload(rows);
    expect(job.status).toBe('rejected');
    expect(job.errorCount).toBe(MAX_ROWS + 1);
    expect(job.message).toContain(
      `错误文件标出了前${MAX_ERRORS}处（另有${MAX_ROWS + 1 - MAX_ERRORS}处未标出）`,
    );
    expect(job.errors).toHaveLength(MAX_ERRORS);
    const sheet = (await errorFile(job.id)).getWorksheet('人才')!;
    const header = sheet.getRow(1).getCell(HEADERS.length + 1).value;
    expect(header).toBe(
      `错误（共${MAX_ROWS + 1}处，只标出前${MAX_ERRORS}处，另有${MAX_ROWS + 1 - MAX_ERRORS}处未标出）`,
    );
    // Row 2 carries two of the kept errors, rows 3–5 one each; the later rows none.
    const marked: number[] = [];
    sheet.eachRow((row) => {
      if (row.number > 1 && row.getCell(HEADERS.length + 1).value) marked.push(row.number);
    });
    expect(marked).toEqual([2, 3, 4, 5]);
  });

  it('reports every row read as the rejected job’s total, not only the rows that passed', async () => {
    const rows = [talent(), talent({ category: '不存在的类别' }), talent(), talent()];
    const job = await upload(rows);
    expect(job).toMatchObject({ status: 'rejected', totalRows: 4, processedRows: 4, errorCount: 1 });
  });
});

describe('control characters in cells', () => {
  it('are cell errors naming the row and column; the annotated file opens', async () => {
    const file = await withEscapes(
      await buildSheet('人才', HEADERS, [
        talent({ name: '黄NUL' }),
        talent({ name: '陆TAB' }),
        talent({ skills: '种桑养蚕SKILLS' }),
      ]),
      { 黄NUL: '黄_x0000_秀芳', 陆TAB: '陆\t强', 种桑养蚕SKILLS: '种桑养蚕\n嫁接_x0009_育苗' },
    );
    const job = await importFile(h.app, township, '/api/talents/import', file);
    expect(job.status).toBe('rejected');
    expect(job.errors).toEqual([
      '第2行 B列（姓名）：包含不可见的控制字符（位置 2），请删除后重试',
      '第3行 B列（姓名）：包含不可见的控制字符（位置 2），请删除后重试',
    ]);
    const rows = sheetRows(await errorFile(job.id), '人才');
    expect(rows[1][7]).toContain('控制字符');
    expect(rows[3][7] ?? '').toBe('');
  });

  it('keeps tabs and line breaks in long free text (特长说明)', async () => {
    const file = await withEscapes(await buildSheet('人才', HEADERS, [talent({ skills: 'SKILLS2' })]), {
      SKILLS2: '种桑\n养蚕_x0009_嫁接',
    });
    const job = await importFile(h.app, township, '/api/talents/import', file);
    expect(job.status, job.message).toBe('done');
  });
});
