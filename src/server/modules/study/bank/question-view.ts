import { eq, sql } from 'drizzle-orm';
import type { QuestionView } from '../../../../contracts/api/study';
import type { Ctx } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { studyQuestions } from '../tables';
import { inBank } from './bank-scope';

// A question as the bank's pages show it, with how many attempts drew it.

const QID = sql.raw('"study_questions"."id"');

export const questionColumns = {
  id: studyQuestions.id,
  kind: studyQuestions.kind,
  stem: studyQuestions.stem,
  options: studyQuestions.options,
  answer: studyQuestions.answer,
  explanation: studyQuestions.explanation,
  category: studyQuestions.category,
  difficulty: studyQuestions.difficulty,
  source: studyQuestions.source,
  status: studyQuestions.status,
  used: sql<number>`(select count(*)::int from study_attempt_items i where i.question_id = ${QID})`,
  updatedAt: studyQuestions.updatedAt,
};

export const toQuestionView = (r: Omit<QuestionView, 'updatedAt'> & { updatedAt: Date }): QuestionView => ({
  ...r,
  updatedAt: r.updatedAt.toISOString(),
});

/** One question of the caller's bank as the pages show it (NotFound outside). */
export const getQuestionView = async (ctx: Ctx, id: string): Promise<QuestionView> => {
  const [row] = await ctx.db
    .select(questionColumns)
    .from(studyQuestions)
    .where(inBank(ctx, eq(studyQuestions.id, id)));
  if (!row) throw new NotFound();
  return toQuestionView(row);
};

/** The audited fields of a question. */
export const auditableQuestion = (q: typeof studyQuestions.$inferSelect) => ({
  kind: q.kind,
  stem: q.stem,
  options: q.options,
  answer: q.answer,
  explanation: q.explanation,
  category: q.category,
  difficulty: q.difficulty,
  source: q.source,
  status: q.status,
});
