import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAnnotatedCopy } from './annotate';
import { ImportErrors } from './import-errors';
import { readSheet } from './read';
import type { ImportSheetSpec } from './spec';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zx-read-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const spec: ImportSheetSpec = {
  name: '农户人员',
  instructions: [],
  columns: [
    { key: 'name', header: '姓名', required: true },
    { key: 'village', header: '所属村' },
  ],
};

describe('streaming read', () => {
  it('keeps Chinese text whole across the reader chunk boundaries of a large sheet', async () => {
    // exceljs decoded each compressed chunk on its own, so a character split between two chunks
    // came out as U+FFFD about once every few thousand rows (fixed by patches/exceljs+4.4.0.patch).
    const file = path.join(dir, 'large.xlsx');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const sheet = workbook.addWorksheet('农户人员');
    sheet.addRow(['姓名*', '所属村']).commit();
    const expected: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      const name = `韦秀兰${'壮族劳动力'.slice(0, 1 + (i % 5))}${i}`;
      expected.push(name);
      sheet.addRow([name, '平马镇/广场社区']).commit();
    }
    sheet.commit();
    await workbook.commit();
    let i = 0;
    for await (const row of readSheet(file, spec)) {
      expect(row.cells).toEqual({ name: expected[i], village: '平马镇/广场社区' });
      i++;
    }
    expect(i).toBe(expected.length);
  });
});

describe('workbooks saved by LibreOffice', () => {
  /**
   * LibreOffice writes the worksheets before the shared strings, so exceljs parks each sheet in a
   * temp file and reads it afterwards. A sheet the reader skipped used to have its temp file
   * removed while its read stream was still opening: an 'error' event nobody listened to, which
   * ended the server. Here the data sheet comes first and a second sheet (as the templates' lists
   * sheet) is skipped, many times over.
   */
  const libreOfficeOrder = async () => {
    const source = path.join(dir, 'two-sheets.xlsx');
    const workbook = new ExcelJS.Workbook();
    const data = workbook.addWorksheet('农户人员');
    data.addRow(['姓名*', '所属村']);
    for (let i = 0; i < 200; i++) data.addRow([`黄秋生${i}`, '平马镇/广场社区']);
    const lists = workbook.addWorksheet('下拉选项');
    for (let i = 0; i < 200; i++) lists.addRow([`选项${i}`]);
    await workbook.xlsx.writeFile(source);
    const zip = await JSZip.loadAsync(fs.readFileSync(source));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    const sheetsFirst = [
      ...names.filter((n) => n.startsWith('xl/worksheets/sheet')),
      ...names.filter((n) => !n.startsWith('xl/worksheets/sheet')),
    ];
    const reordered = new JSZip();
    for (const name of sheetsFirst) reordered.file(name, await zip.files[name].async('uint8array'));
    const file = path.join(dir, 'libreoffice-order.xlsx');
    fs.writeFileSync(file, await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return file;
  };

  it('reads the data sheet and skips the other one without losing a temp file under it', async () => {
    const file = await libreOfficeOrder();
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    try {
      for (let round = 0; round < 30; round++) {
        let rows = 0;
        for await (const row of readSheet(file, spec)) {
          expect(row.cells.name).toBe(`黄秋生${rows}`);
          rows++;
        }
        expect(rows).toBe(200);
        const errorsOf = new ImportErrors(spec);
        errorsOf.add(2, 'name', '姓名有误');
        const target = path.join(dir, `annotated-${round}.xlsx`);
        await writeAnnotatedCopy(file, target, spec, errorsOf);
        expect(fs.statSync(target).size).toBeGreaterThan(0);
      }
      // Streams opened on removed temp files would report here, a tick or two later.
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(errors).toEqual([]);
  });
});
