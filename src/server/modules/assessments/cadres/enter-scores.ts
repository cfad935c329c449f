import { eq } from 'drizzle-orm';
import type { ScoresBody } from '../../../../contracts/api/assess-cadres';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { countyCodeOf } from '../../../platform/scope';
import { cadreAssessments } from '../tables';
import { assessCadre } from './grade';
import { loadAssessment } from './load';
import { assertDraft, assertMay, mayEnterScores, scoreProblems, throwIfAny } from './policy';
import { loadRules } from './rules';
import { toView } from './view';

// 录入考核得分: the township enters 两评 (members', villagers' %), 一议 (score and text), 述职 and the
// one vote with its reason; total, grade and pay coefficient follow from grade.ts under the
// county's rules. Fields left out keep their value; null clears one.

const FIELDS = [
  'membersScore',
  'villagersScore',
  'townshipScore',
  'deliberation',
  'debriefScore',
  'vote',
  'voteReason',
] as const;

const clean = (text: string | null | undefined) => (text === undefined ? undefined : text?.trim() || null);

export const enterScores = (ctx: Ctx, id: string, body: ScoresBody) =>
  inTransaction(ctx, async (tx) => {
    const row = await loadAssessment(tx, id, true);
    assertMay(mayEnterScores(tx.actor), '考核得分由乡镇录入');
    assertDraft(row);
    const { rules } = await loadRules(tx.db, countyCodeOf(row.regionCode));
    const input = { ...body, deliberation: clean(body.deliberation), voteReason: clean(body.voteReason) };
    const next = { ...row };
    for (const f of FIELDS) if (input[f] !== undefined) Object.assign(next, { [f]: input[f] });
    if (!next.vote) next.voteReason = null;
    throwIfAny(scoreProblems(input, next, rules));
    const result = assessCadre(rules, next);
    const [updated] = await tx.db
      .update(cadreAssessments)
      .set({
        membersScore: next.membersScore,
        villagersScore: next.villagersScore,
        townshipScore: next.townshipScore,
        deliberation: next.deliberation,
        debriefScore: next.debriefScore,
        vote: next.vote,
        voteReason: next.voteReason,
        total: result.total,
        grade: result.grade,
        gradeByVote: result.byVote,
        payCoefficient: result.payCoefficient,
        updatedAt: new Date(),
      })
      .where(eq(cadreAssessments.id, id))
      .returning();
    const pick = (r: typeof row) =>
      Object.fromEntries([...FIELDS, 'total', 'grade'].map((k) => [k, r[k as 'total']]));
    await writeAudit(tx.db, tx, {
      action: 'assessments.cadre.score',
      entity: 'cadre_assessment',
      entityId: id,
      regionCode: row.regionCode,
      diff: auditDiff(pick(row), pick(updated)),
    });
    return toView(tx, updated);
  });
