import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildSheet, importFile, readWorkbook, sheetRows } from '../../../testing/excel';
import { ok } from '../../../testing/ok';
import { fillWithOpenpyxl } from '../../../testing/openpyxl';
import { addQuestions, county, h, question, township, withStudyHarness } from './study-test-kit';
import { studyQuestions } from './tables';

// 题库导入, all or nothing: the template, a good file written by exceljs, a file with bad rows that
// writes nothing (each error with its row and column in Chinese), and the template filled by openpyxl.

withStudyHarness();

const HEADERS = [
  '题型',
  '题干',
  '选项A',
  '选项B',
  '选项C',
  '选项D',
  '选项E',
  '选项F',
  '答案',
  '解析',
  '分类',
  '难度',
  '出处',
];
const url = '/api/study/questions/import';
const questionCount = async () =>
  (await h.services.database.db.select({ n: count() }).from(studyQuestions))[0].n;

describe('题库 import', () => {
  it('offers a template with the columns and the instructions', async () => {
    const workbook = await readWorkbook((await county.get(`${url}/template`)).rawPayload);
    expect(sheetRows(workbook, '题库')[0]).toEqual([
      '题型*',
      '题干*',
      '选项A',
      '选项B',
      '选项C',
      '选项D',
      '选项E',
      '选项F',
      '答案*',
      '解析',
      '分类*',
      '难度',
      '出处',
    ]);
    expect(sheetRows(workbook, '填表说明').flat().join('\n')).toContain('判断题填“对”或“错”');
    expect((await township.get(`${url}/template`)).statusCode).toBe(403);
  });

  it('imports a good file of the three kinds', async () => {
    const file = await buildSheet('题库', HEADERS, [
      [
        '单选',
        '党的根本宗旨是',
        '全心全意为人民服务',
        '发展经济',
        null,
        null,
        null,
        null,
        'A',
        '党章总纲',
        '党章党规',
        '易',
        '党章',
      ],
      [
        '多选题',
        '四个意识包括',
        '政治意识',
        '大局意识',
        '核心意识',
        '看齐意识',
        '消费意识',
        null,
        'a,b,c,d',
        null,
        '党的理论',
        null,
        null,
      ],
      [
        '判断',
        '党员可以不参加组织生活',
        null,
        null,
        null,
        null,
        null,
        null,
        '错',
        '须参加组织生活',
        '党章党规',
        '中',
        null,
      ],
    ]);
    const job = await importFile(h.app, county, url, file, '题库.xlsx');
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: 'done', summary: { questions: 3 } });
    const list = await ok(county.get('/api/study/questions?q=四个意识'));
    expect(list.items[0]).toMatchObject({
      kind: 'multiple',
      answer: 'ABCD',
      options: expect.arrayContaining(['消费意识']),
    });
    const judge = (await ok(county.get('/api/study/questions?q=组织生活'))).items[0];
    expect(judge).toMatchObject({ kind: 'judge', answer: 'B', difficulty: 2, options: ['正确', '错误'] });
  });

  it('refuses a file with bad rows and writes nothing, naming row and column in Chinese', async () => {
    await addQuestions([question('已在题库中的题目')]);
    const before = await questionCount();
    const file = await buildSheet('题库', HEADERS, [
      ['单选', '一道好题', '甲', '乙', null, null, null, null, 'A', null, '党章党规', null, null],
      ['单选', null, '甲', '乙', null, null, null, null, 'A', null, '党章党规', null, null],
      ['单选', '答案不在选项中', '甲', '乙', null, null, null, null, 'D', null, '党章党规', null, null],
      ['单选', '两个答案的单选', '甲', '乙', '丙', null, null, null, 'AB', null, '党章党规', null, null],
      ['单选', '已在题库中的题目！', '甲', '乙', null, null, null, null, 'A', null, '党章党规', null, null],
      ['填空', '题型不对', null, null, null, null, null, null, 'A', null, '党章党规', null, null],
      ['判断', '一道好题', null, null, null, null, null, null, '也许', null, null, null, null],
    ]);
    const job = await importFile(h.app, county, url, file, '有错.xlsx');
    expect(job).toMatchObject({ status: 'rejected', hasErrorFile: true });
    expect(job.errors).toEqual([
      '第3行 B列（题干）：请填写题干',
      '第4行 I列（答案）：答案D不在选项中',
      '第5行 I列（答案）：单选题只能有一个答案，多个答案请选“多选”题型',
      '第6行 B列（题干）：题库中已有相同题干的题目',
      '第7行 A列（题型）：题型“填空”不对，应为单选、多选或判断',
      '第8行 I列（答案）：判断题的答案应为“对”或“错”',
      '第8行 K列（分类）：请填写分类，如 党章党规',
      '第8行 B列（题干）：与第2行的题干相同',
    ]);
    expect(await questionCount()).toBe(before);
    const annotated = await county.get(`/api/import-jobs/${job.id}/error-file`);
    const cell = (await readWorkbook(annotated.rawPayload)).getWorksheet('题库')?.getCell('I4');
    expect(JSON.stringify(cell?.note)).toContain('答案D不在选项中');
  });

  it('imports the template filled by openpyxl (as pandas writes it)', async () => {
    const template = (await county.get(`${url}/template`)).rawPayload;
    const file = fillWithOpenpyxl(template, '题库', [
      [
        '单选',
        '脚本写的单选题',
        '选项一',
        '选项二',
        '选项三',
        null,
        null,
        null,
        'C',
        '脚本解析',
        '惠农政策',
        '难',
        null,
      ],
      ['判断', '脚本写的判断题', null, null, null, null, null, null, '√', null, '惠农政策', null, null],
    ]);
    const job = await importFile(h.app, county, url, file, '脚本.xlsx');
    expect(job.errors).toEqual([]);
    expect(job.status).toBe('done');
    const { items } = await ok(county.get('/api/study/categories'));
    expect(items).toContainEqual({ category: '惠农政策', active: 2 });
  });
});
