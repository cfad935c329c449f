import type { CadreGrade, CadreRules } from '../tables';

// 村干部考核的总分与等次 (docs/assessments.md §6): the only place a cadre's total and grade are
// computed. Pure; grade.test.ts.
//
// - Each part is a score of 0 … 100: 两评 (party members' and villagers' satisfaction, per cent),
//   一议 (the township's deliberation), 述职 (debrief, 亮绩打擂).
// - total = Σ(weight × score) / 100, weights in per cent adding up to 100, rounded half up to a
//   whole point (87.5 → 88). The grade is read from the rounded total: ≥ excellent 优秀,
//   ≥ competent 称职, ≥ basic 基本称职, otherwise 不称职.
// - One vote (一票): a veto (一票否决, when the county keeps it on) makes the grade 不称职 whatever
//   the scores, also before they are complete; an approval (一票赞成, when on) lifts a grade lower
//   than the configured one to it (it never lowers one). A vote the rules turned off changes nothing.
// - Until every part has a score there is no total and no grade (except by veto).
// - First secretaries are assessed with the same weights and thresholds (one rule for every kind:
//   the county asked for one table for the finance office; see docs).

export const GRADE_ORDER: readonly CadreGrade[] = ['incompetent', 'basic', 'competent', 'excellent'];

export interface CadreScores {
  membersScore: number | null;
  villagersScore: number | null;
  townshipScore: number | null;
  debriefScore: number | null;
  vote: 'approve' | 'veto' | null;
}

export interface CadreResult {
  total: number | null;
  grade: CadreGrade | null;
  /** The grade came from the one-vote rule rather than from the total. */
  byVote: boolean;
  /** Performance-pay coefficient ×100 of the grade (null without a grade). */
  payCoefficient: number | null;
}

export const totalOf = (rules: CadreRules, s: CadreScores): number | null => {
  const { weights: w } = rules;
  const parts = [s.membersScore, s.villagersScore, s.townshipScore, s.debriefScore];
  if (parts.some((p) => p === null)) return null;
  const weighted =
    w.members * s.membersScore! +
    w.villagers * s.villagersScore! +
    w.township * s.townshipScore! +
    w.debrief * s.debriefScore!;
  // Integers throughout: weighted is in hundredths of a point; +50 then floor is half up.
  return Math.floor((weighted + 50) / 100);
};

export const gradeOfTotal = (rules: CadreRules, total: number): CadreGrade => {
  if (total >= rules.grades.excellent) return 'excellent';
  if (total >= rules.grades.competent) return 'competent';
  if (total >= rules.grades.basic) return 'basic';
  return 'incompetent';
};

const rank = (g: CadreGrade) => GRADE_ORDER.indexOf(g);

export const assessCadre = (rules: CadreRules, s: CadreScores): CadreResult => {
  const total = totalOf(rules, s);
  let grade: CadreGrade | null = total === null ? null : gradeOfTotal(rules, total);
  let byVote = false;
  if (s.vote === 'veto' && rules.oneVote.veto) {
    byVote = grade !== 'incompetent';
    grade = 'incompetent';
  } else if (s.vote === 'approve' && rules.oneVote.approve && grade !== null) {
    if (rank(grade) < rank(rules.oneVote.approve)) {
      grade = rules.oneVote.approve;
      byVote = true;
    }
  }
  return { total, grade, byVote, payCoefficient: grade === null ? null : rules.pay[grade] };
};
