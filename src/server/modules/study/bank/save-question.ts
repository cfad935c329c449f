import { and, eq, ne } from 'drizzle-orm';
import type { QuestionBody } from '../../../../contracts/api/study';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, Invalid, invalidField } from '../../../platform/errors';
import { normalizeAnswer } from '../grading';
import { mayKeepBank } from '../policy';
import { optionsOf, questionProblems, stemKeyOf } from '../question-rules';
import { studyQuestions } from '../tables';
import { bankCodeOf, getQuestionInBank, inBank } from './bank-scope';
import { auditableQuestion } from './question-view';

// 新增、修改题目: the same rules as the import (question-rules.ts), no second active question with
// the same stem in the county's bank, and the audit row in the same transaction.

/** The row fields of a checked question, or Invalid with every problem on its field. */
export const questionFields = (b: QuestionBody) => {
  const problems = questionProblems(b);
  if (problems.length) throw new Invalid(problems[0].message, problems);
  return {
    kind: b.kind,
    stem: b.stem.trim(),
    stemKey: stemKeyOf(b.stem),
    options: optionsOf(b.kind, b.options),
    answer: normalizeAnswer(b.answer),
    explanation: b.explanation?.trim() || null,
    category: b.category.trim(),
    difficulty: b.difficulty ?? null,
    source: b.source?.trim() || null,
  };
};

/** The id of another active question of the bank with this stem, if any. */
export const duplicateOf = async (tx: Ctx, stemKey: string, exceptId?: string) => {
  const [row] = await tx.db
    .select({ id: studyQuestions.id })
    .from(studyQuestions)
    .where(
      inBank(
        tx,
        and(
          eq(studyQuestions.stemKey, stemKey),
          eq(studyQuestions.status, 'active'),
          exceptId ? ne(studyQuestions.id, exceptId) : undefined,
        ),
      ),
    )
    .limit(1);
  return row?.id ?? null;
};

const DUPLICATE = '题库中已有相同题干的题目';

export const createQuestion = (ctx: Ctx, b: QuestionBody) => {
  if (!mayKeepBank(ctx.actor)) throw new Forbidden('只有县委组织部可以维护题库');
  const fields = questionFields(b);
  return inTransaction(ctx, async (tx) => {
    if (await duplicateOf(tx, fields.stemKey)) throw invalidField('stem', DUPLICATE);
    const [row] = await tx.db
      .insert(studyQuestions)
      .values({ id: newId(), regionCode: bankCodeOf(tx), ...fields, createdBy: tx.actor.userId })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'study.question.create',
      entity: 'study_question',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff(null, auditableQuestion(row)),
    });
    return row;
  });
};

export const updateQuestion = (ctx: Ctx, id: string, b: QuestionBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await getQuestionInBank(tx, id, true);
    if (!mayKeepBank(tx.actor)) throw new Forbidden('只有县委组织部可以维护题库');
    if (before.status !== 'active') throw new Conflict('已停用的题目不能修改');
    const fields = questionFields(b);
    if (await duplicateOf(tx, fields.stemKey, id)) throw invalidField('stem', DUPLICATE);
    const [row] = await tx.db
      .update(studyQuestions)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(studyQuestions.id, id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'study.question.update',
      entity: 'study_question',
      entityId: id,
      regionCode: row.regionCode,
      diff: auditDiff(auditableQuestion(before), auditableQuestion(row)),
    });
    return row;
  });

/** 停用: the question leaves the bank's draws; attempts that drew it keep their copy. */
export const retireQuestion = (ctx: Ctx, id: string) =>
  inTransaction(ctx, async (tx) => {
    const before = await getQuestionInBank(tx, id, true);
    if (!mayKeepBank(tx.actor)) throw new Forbidden('只有县委组织部可以维护题库');
    if (before.status === 'retired') throw new Conflict('该题目已停用');
    const [row] = await tx.db
      .update(studyQuestions)
      .set({ status: 'retired', updatedAt: new Date() })
      .where(eq(studyQuestions.id, id))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'study.question.retire',
      entity: 'study_question',
      entityId: id,
      regionCode: row.regionCode,
      diff: auditDiff({ status: before.status }, { status: row.status }),
    });
    return row;
  });
