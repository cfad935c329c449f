import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import type { Ctx } from '../../../platform/context';
import type { Importer } from '../../../platform/excel/run-import';
import { studyQuestions } from '../tables';
import { bankCodeOf, inBank } from './bank-scope';
import { checkQuestionRow, type ImportedQuestion } from './import-row';
import { questionsSheetSpec } from './import-sheet';

// 题库导入, all or nothing: the whole file is checked first (import-row.ts: shapes, answers among
// the options, duplicates in the file and in the county's bank); only a file without a single
// problem is written, in one short transaction with one audit row.

interface QuestionsState {
  questions: ImportedQuestion[];
}

const bankStems = async (ctx: Ctx) =>
  new Set(
    (
      await ctx.db
        .select({ key: studyQuestions.stemKey })
        .from(studyQuestions)
        .where(inBank(ctx, eq(studyQuestions.status, 'active')))
    ).map((r) => r.key),
  );

export const questionsImporter = async (_ctx: Ctx, fileName: string): Promise<Importer<QuestionsState>> => ({
  registry: 'studyQuestions',
  spec: questionsSheetSpec,
  singlePass: true,
  async check(ctx, rows, errors, progress) {
    const seen = { bank: await bankStems(ctx), file: new Map<string, number>() };
    const questions: ImportedQuestion[] = [];
    let count = 0;
    for await (const row of rows) {
      const q = checkQuestionRow(row, seen, errors);
      if (q && errors.count === 0) questions.push(q);
      await progress(++count);
    }
    return { questions };
  },
  async commit(tx, _jobId, state) {
    const regionCode = bankCodeOf(tx);
    for (let i = 0; i < state.questions.length; i += 500)
      await tx.db.insert(studyQuestions).values(
        state.questions.slice(i, i + 500).map(({ row: _, ...q }) => ({
          id: newId(),
          regionCode,
          ...q,
          createdBy: tx.actor.userId,
        })),
      );
    const counts = { questions: state.questions.length };
    await writeAudit(tx.db, tx, {
      action: 'study.questions.import',
      entity: 'study_question',
      regionCode,
      diff: { file: fileName, ...counts },
    });
    return counts;
  },
});
