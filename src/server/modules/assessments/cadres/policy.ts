import { levelOfCode } from '../../../../contracts/region-code';
import type { Actor } from '../../../platform/context';
import { Conflict, type FieldError, Forbidden, Invalid } from '../../../platform/errors';
import type { CadreRules } from '../tables';

// 村干部考核: who may do what and what a value may be. Pure; policy.test.ts.
// The county sets the rules and confirms; the township enters the scores of its villages' cadres;
// a confirmed row is final.

type Who = Pick<Actor, 'role' | 'scopeCode'>;

const isCounty = (a: Who) => a.role === 'county_admin' && levelOfCode(a.scopeCode) === 'county';
const isTownship = (a: Who) => a.role === 'township' && levelOfCode(a.scopeCode) === 'township';

export const mayEditRules = isCounty;
export const mayConfirm = isCounty;
export const mayEnterScores = isTownship;
/** Both the county and a township may draw up a year's sheet for the villages they cover. */
export const mayGenerate = (a: Who) => isCounty(a) || isTownship(a);

export const assertMay = (allowed: boolean, message: string) => {
  if (!allowed) throw new Forbidden(message);
};

export const assertDraft = (row: { status: string }) => {
  if (row.status !== 'draft') throw new Conflict('该考核结果已由县级确认，不能再修改');
};

export const throwIfAny = (problems: FieldError[]) => {
  if (problems.length) throw new Invalid(problems[0].message, problems);
};

const WEIGHT_LABELS = { members: '党员评议', villagers: '群众评议', township: '乡镇一议', debrief: '述职' };
const GRADE_LABELS = { excellent: '优秀', competent: '称职', basic: '基本称职', incompetent: '不称职' };

const intIn = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** What is wrong with rules a county wants to save. */
export const rulesProblems = (r: CadreRules): FieldError[] => {
  const problems: FieldError[] = [];
  for (const [k, label] of Object.entries(WEIGHT_LABELS)) {
    const v = r.weights[k as keyof CadreRules['weights']];
    if (!intIn(v, 0, 100))
      problems.push({ path: `weights.${k}`, message: `「${label}」权重应为 0–100 的整数` });
  }
  const sum = Object.values(r.weights).reduce((a, b) => a + (Number(b) || 0), 0);
  if (!problems.length && sum !== 100)
    problems.push({ path: 'weights', message: `各项权重之和应为 100（现为 ${sum}）` });
  const { excellent, competent, basic } = r.grades;
  for (const [k, v] of Object.entries(r.grades))
    if (!intIn(v, 1, 100))
      problems.push({
        path: `grades.${k}`,
        message: `「${GRADE_LABELS[k as 'basic']}」分数线应为 1–100 的整数`,
      });
  if (!problems.some((p) => p.path.startsWith('grades')) && !(excellent > competent && competent > basic))
    problems.push({ path: 'grades', message: '分数线应从优秀、称职到基本称职依次降低' });
  if (r.oneVote.approve === 'incompetent')
    problems.push({ path: 'oneVote.approve', message: '一票赞成应提升到不称职以上的等次' });
  for (const [k, v] of Object.entries(r.pay))
    if (!intIn(v, 0, 300))
      problems.push({ path: `pay.${k}`, message: `「${GRADE_LABELS[k as 'basic']}」绩效系数应为 0–3.00` });
  return problems;
};

export interface ScoreInput {
  membersScore?: number | null;
  villagersScore?: number | null;
  townshipScore?: number | null;
  debriefScore?: number | null;
  vote?: 'approve' | 'veto' | null;
  voteReason?: string | null;
}

const SCORE_LABELS = {
  membersScore: '党员评议满意率',
  villagersScore: '群众评议满意率',
  townshipScore: '乡镇一议得分',
  debriefScore: '述职得分',
} as const;

/** What is wrong with scores a township enters, against the county's rules (the vote as merged with the row). */
export const scoreProblems = (
  input: ScoreInput,
  merged: { vote: 'approve' | 'veto' | null; voteReason: string | null },
  rules: CadreRules,
): FieldError[] => {
  const problems: FieldError[] = [];
  for (const [k, label] of Object.entries(SCORE_LABELS)) {
    const v = input[k as keyof typeof SCORE_LABELS];
    if (v !== undefined && v !== null && !intIn(v, 0, 100))
      problems.push({ path: k, message: `${label}应为 0–100 的整数` });
  }
  if (input.vote === 'approve' && !rules.oneVote.approve)
    problems.push({ path: 'vote', message: '本县未启用“一票赞成”' });
  if (input.vote === 'veto' && !rules.oneVote.veto)
    problems.push({ path: 'vote', message: '本县未启用“一票否决”' });
  if (merged.vote && !merged.voteReason?.trim())
    problems.push({
      path: 'voteReason',
      message: merged.vote === 'veto' ? '请写明一票否决的理由' : '请写明一票赞成的理由',
    });
  return problems;
};
