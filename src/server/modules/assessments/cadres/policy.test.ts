import { describe, expect, it } from 'vitest';
import { DEFAULT_CADRE_RULES } from '../defaults';
import type { CadreRules } from '../tables';
import {
  assertDraft,
  mayConfirm,
  mayEditRules,
  mayEnterScores,
  mayGenerate,
  rulesProblems,
  scoreProblems,
} from './policy';

const county = { role: 'county_admin' as const, scopeCode: '451022000000' };
const township = { role: 'township' as const, scopeCode: '451022100000' };
const village = { role: 'village' as const, scopeCode: '451022100001' };
const paths = (p: { path: string }[]) => p.map((x) => x.path);

describe('who may do what in cadre assessment', () => {
  it('lets the county set rules and confirm, the township enter scores, both generate', () => {
    expect([mayEditRules(county), mayConfirm(county), mayEnterScores(county), mayGenerate(county)]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect([
      mayEditRules(township),
      mayConfirm(township),
      mayEnterScores(township),
      mayGenerate(township),
    ]).toEqual([false, false, true, true]);
    expect([mayEnterScores(village), mayGenerate(village)]).toEqual([false, false]);
  });

  it('refuses a change to a confirmed row', () => {
    expect(() => assertDraft({ status: 'confirmed' })).toThrow('已由县级确认');
    expect(() => assertDraft({ status: 'draft' })).not.toThrow();
  });
});

describe('cadre rules', () => {
  const rules = (r: Partial<CadreRules>): CadreRules => ({ ...DEFAULT_CADRE_RULES, ...r });

  it('accepts the defaults', () => {
    expect(rulesProblems(DEFAULT_CADRE_RULES)).toEqual([]);
  });

  it('wants weights adding up to 100', () => {
    const p = rulesProblems(rules({ weights: { members: 30, villagers: 30, township: 30, debrief: 20 } }));
    expect(p).toEqual([{ path: 'weights', message: '各项权重之和应为 100（现为 110）' }]);
  });

  it('wants whole weights of 0–100', () => {
    expect(
      paths(rulesProblems(rules({ weights: { members: 30.5, villagers: 30, township: 20, debrief: 19.5 } }))),
    ).toEqual(['weights.members', 'weights.debrief']);
  });

  it('wants the grade thresholds descending', () => {
    expect(paths(rulesProblems(rules({ grades: { excellent: 80, competent: 85, basic: 60 } })))).toEqual([
      'grades',
    ]);
  });

  it('refuses 一票赞成 to 不称职 and pay coefficients out of range', () => {
    const p = rulesProblems(
      rules({
        oneVote: { approve: 'incompetent', veto: true },
        pay: { ...DEFAULT_CADRE_RULES.pay, basic: -1 },
      }),
    );
    expect(paths(p)).toEqual(['oneVote.approve', 'pay.basic']);
  });
});

describe('cadre scores', () => {
  const none = { vote: null, voteReason: null };

  it('wants whole scores of 0–100, naming the field', () => {
    const p = scoreProblems(
      { membersScore: 101, debriefScore: 7.5, townshipScore: 0 },
      none,
      DEFAULT_CADRE_RULES,
    );
    expect(p).toEqual([
      { path: 'membersScore', message: '党员评议满意率应为 0–100 的整数' },
      { path: 'debriefScore', message: '述职得分应为 0–100 的整数' },
    ]);
  });

  it('wants a reason for a vote', () => {
    expect(
      paths(scoreProblems({ vote: 'veto' }, { vote: 'veto', voteReason: ' ' }, DEFAULT_CADRE_RULES)),
    ).toEqual(['voteReason']);
  });

  it('refuses a vote the county turned off', () => {
    const off = { ...DEFAULT_CADRE_RULES, oneVote: { approve: null, veto: false } };
    const reason = { vote: 'approve' as const, voteReason: '抢险救灾表现突出' };
    expect(scoreProblems({ vote: 'approve' }, reason, off)).toEqual([
      { path: 'vote', message: '本县未启用“一票赞成”' },
    ]);
    expect(paths(scoreProblems({ vote: 'veto' }, { ...reason, vote: 'veto' }, off))).toEqual(['vote']);
  });
});
