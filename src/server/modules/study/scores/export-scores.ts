import ExcelJS from 'exceljs';
import { AUDIENCE_LABELS, type BranchRow } from '../../../../contracts/api/study';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import type { TestRecord } from '../exams/load';
import { branchStats } from './branch-stats';
import { personResults } from './person-scores';

// 导出成绩: one workbook with the people's scores and the branch figures of the caller's scope
// (audited). A few thousand rows at most per test, so it is built in memory.

const rate = (permille: number | null) => (permille === null ? '' : `${(permille / 10).toFixed(1)}%`);

const branchLine = (b: BranchRow) => [
  b.orgName ?? '未关联党组织的干部',
  b.regionName ?? '',
  b.audience ?? '',
  b.participants,
  rate(b.participationPermille),
  b.averageScore ?? '',
  b.passed,
  rate(b.passRatePermille),
];

export const exportScores = async (ctx: Ctx, test: TestRecord): Promise<Buffer> => {
  await inTransaction(ctx, (tx) =>
    writeAudit(tx.db, tx, {
      action: 'study.scores.export',
      entity: 'study_test',
      entityId: test.id,
      regionCode: ctx.actor.scopeCode,
      diff: { title: test.title },
    }),
  );
  const [{ rows }, branches] = await Promise.all([personResults(ctx, test.id), branchStats(ctx, test)]);
  const workbook = new ExcelJS.Workbook();
  const people = workbook.addWorksheet('个人成绩', { views: [{ state: 'frozen', ySplit: 1 }] });
  people.addRow([
    '姓名',
    '身份',
    '村（社区）',
    '党组织',
    '交卷次数',
    '最好成绩',
    '满分',
    '是否及格',
    '最后交卷时间',
  ]);
  const max = test.questionCount * test.scorePerQuestion;
  for (const r of rows)
    people.addRow([
      r.name,
      r.kind === 'member' ? '党员' : '干部',
      r.regionName ?? r.regionCode,
      r.orgName ?? '',
      r.attempts,
      r.bestScore,
      max,
      r.passed ? '及格' : '不及格',
      r.lastSubmittedAt.slice(0, 16).replace('T', ' '),
    ]);
  const sheet = workbook.addWorksheet('支部统计', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(['党组织', '村（社区）', '应参考党员', '参考人数', '参考率', '平均分', '及格人数', '及格率']);
  for (const b of [...branches.items, branches.total]) sheet.addRow(branchLine(b));
  for (const s of [people, sheet]) {
    s.getRow(1).font = { bold: true };
    s.columns.forEach((c) => {
      c.width = 14;
    });
  }
  sheet.addRow([]);
  sheet.addRow([
    `考试：${test.title}（${AUDIENCE_LABELS[test.audience].zh}，满分${max}分，及格${test.passMark}分）`,
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
