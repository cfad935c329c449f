import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSheet, readWorkbook, sheetRows, uploadTo } from '../../../testing/excel';
import {
  closeHarness,
  GRID_HEADERS,
  gridNamed,
  gridWorker,
  h,
  openHarness,
  township,
  v,
} from './excel-test-kit';

beforeAll(openHarness);
afterAll(closeHarness);

describe('grid sheets: templates and permissions', () => {
  it('offers both templates with their columns, the tier drop-down and the instructions sheet', async () => {
    const res = await township.get('/api/grids/import/template');
    expect(res.statusCode).toBe(200);
    const workbook = await readWorkbook(res.rawPayload);
    expect(sheetRows(workbook, '网格')[0]).toEqual([
      '所属村*',
      '网格层级*',
      '网格名称*',
      '上级网格',
      '网格员',
      '网格员电话',
      '联系党组织',
      '网格编码',
    ]);
    const sheet = workbook.getWorksheet('网格')!;
    expect(sheet.getCell('B2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"大网格（村）,中网格（寨管委）,小网格（十联户）"'],
    });
    expect(sheet.getCell('A2').dataValidation.type).toBe('list');
    expect(JSON.stringify(sheetRows(workbook, '填表说明'))).toContain('网格编码一般不填');
    const assign = await readWorkbook(
      (await township.get('/api/grids/assignments/import/template')).rawPayload,
    );
    expect(sheetRows(assign, '户网格归属')[0]).toEqual(['户编号*', '户主姓名*', '小网格编码', '小网格名称']);
    expect(assign.getWorksheet('填表说明')).toBeTruthy();
  });

  it('refuses template and import to a role that may only read grids', async () => {
    for (const base of ['/api/grids', '/api/grids/assignments']) {
      expect((await gridWorker.get(`${base}/import/template`)).statusCode).toBe(403);
      const file = await buildSheet('网格', GRID_HEADERS, [
        [v, '大网格', '无权网格', null, null, null, null, null],
      ]);
      expect((await uploadTo(h.app, gridWorker, `${base}/import`, file)).statusCode).toBe(403);
    }
    expect(await gridNamed('无权网格')).toBeUndefined();
  });
});
