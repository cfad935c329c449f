import { describe, expect, it } from 'vitest';
import { DEFAULT_CADRE_RULES } from '../defaults';
import type { CadreRules } from '../tables';
import { assessCadre, type CadreScores, gradeOfTotal, totalOf } from './grade';

const rules: CadreRules = DEFAULT_CADRE_RULES; // 30/30/20/20; 90/75/60; approve → excellent; veto on
const scores = (s: Partial<CadreScores> = {}): CadreScores => ({
  membersScore: 80,
  villagersScore: 80,
  townshipScore: 80,
  debriefScore: 80,
  vote: null,
  ...s,
});

describe('cadre total', () => {
  it('weights each part and adds them up', () => {
    // 0.3×90 + 0.3×70 + 0.2×80 + 0.2×60 = 27 + 21 + 16 + 12 = 76
    expect(totalOf(rules, scores({ membersScore: 90, villagersScore: 70, debriefScore: 60 }))).toBe(76);
  });

  it('rounds half up to a whole point', () => {
    // 0.3×85 + 0.3×80 + 0.2×80 + 0.2×80 = 25.5 + 24 + 16 + 16 = 81.5 → 82
    expect(totalOf(rules, scores({ membersScore: 85 }))).toBe(82);
    // 0.3×81 + 0.3×80 + … = 24.3 + 24 + 32 = 80.3 → 80
    expect(totalOf(rules, scores({ membersScore: 81 }))).toBe(80);
  });

  it('has no total while a part is missing', () => {
    expect(totalOf(rules, scores({ debriefScore: null }))).toBeNull();
    expect(assessCadre(rules, scores({ townshipScore: null }))).toEqual({
      total: null,
      grade: null,
      byVote: false,
      payCoefficient: null,
    });
  });
});

describe('cadre grade', () => {
  it('reads the grade from the thresholds, the boundary included', () => {
    expect(gradeOfTotal(rules, 90)).toBe('excellent');
    expect(gradeOfTotal(rules, 89)).toBe('competent');
    expect(gradeOfTotal(rules, 75)).toBe('competent');
    expect(gradeOfTotal(rules, 60)).toBe('basic');
    expect(gradeOfTotal(rules, 59)).toBe('incompetent');
  });

  it('gives the pay coefficient of the grade', () => {
    expect(assessCadre(rules, scores())).toMatchObject({
      total: 80,
      grade: 'competent',
      payCoefficient: 100,
    });
  });

  it('lifts a lower grade to the configured one on 一票赞成', () => {
    expect(assessCadre(rules, scores({ vote: 'approve' }))).toEqual({
      total: 80,
      grade: 'excellent',
      byVote: true,
      payCoefficient: 120,
    });
  });

  it('never lowers a grade on 一票赞成', () => {
    const lifted = { ...rules, oneVote: { approve: 'competent' as const, veto: true } };
    expect(
      assessCadre(
        lifted,
        scores({
          membersScore: 100,
          villagersScore: 100,
          townshipScore: 100,
          debriefScore: 100,
          vote: 'approve',
        }),
      ),
    ).toMatchObject({
      grade: 'excellent',
      byVote: false,
    });
  });

  it('sets 不称职 on 一票否决 whatever the scores, also before they are complete', () => {
    const all100 = scores({ membersScore: 100, villagersScore: 100, townshipScore: 100, debriefScore: 100 });
    expect(assessCadre(rules, { ...all100, vote: 'veto' })).toEqual({
      total: 100,
      grade: 'incompetent',
      byVote: true,
      payCoefficient: 0,
    });
    expect(assessCadre(rules, scores({ debriefScore: null, vote: 'veto' })).grade).toBe('incompetent');
  });

  it('ignores a vote the county turned off', () => {
    const off: CadreRules = { ...rules, oneVote: { approve: null, veto: false } };
    expect(assessCadre(off, scores({ vote: 'approve' })).grade).toBe('competent');
    expect(assessCadre(off, scores({ vote: 'veto' })).grade).toBe('competent');
  });
});
