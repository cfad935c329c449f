import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../defaults';
import { checkParams, evaluateRule, type RuleVersion, sinceDayOf, yearOf, yuan } from './rules';

const rule = (code: string, version = 1): RuleVersion => {
  const d = DEFAULT_RULES.find((r) => r.code === code)!;
  return { code, version, kind: d.kind, params: d.params };
};

describe('monitoring rules (pure core)', () => {
  it('formats yuan with thousands separators', () => {
    expect(yuan(6200)).toBe('6,200');
    expect(yuan(1234567)).toBe('1,234,567');
    expect(yuan(0)).toBe('0');
  });

  it('R1 flags income below the threshold of the year and says why', () => {
    const e = evaluateRule(rule('R1'), {
      year: 2026,
      incomePerCapita: 6200,
      thresholdYuan: 8700,
      thresholdRegion: '451022000000',
    });
    expect(e).toMatchObject({ met: true, ruleCode: 'R1', ruleVersion: 1 });
    expect(e.reason).toBe('人均纯收入 6,200 元，低于 2026 年监测标准 8,700 元');
    const at = evaluateRule(rule('R1'), {
      year: 2026,
      incomePerCapita: 8700,
      thresholdYuan: 8700,
      thresholdRegion: null,
    });
    expect(at.met).toBe(false);
    expect(at.reason).toBe('人均纯收入 8,700 元，不低于 2026 年监测标准 8,700 元');
  });

  it('R1 without a threshold or an income cannot judge', () => {
    const none = evaluateRule(rule('R1'), {
      year: 2027,
      incomePerCapita: 100,
      thresholdYuan: null,
      thresholdRegion: null,
    });
    expect(none).toMatchObject({ met: false, reason: '2027 年尚未设定监测标准，无法判断' });
    const noIncome = evaluateRule(rule('R1'), {
      year: 2026,
      incomePerCapita: null,
      thresholdYuan: 8700,
      thresholdRegion: null,
    });
    expect(noIncome).toMatchObject({ met: false, reason: '尚未登记人均纯收入，无法判断' });
  });

  it('R2 compares rigid spending with the share of the household income (living members)', () => {
    const met = evaluateRule(rule('R2'), {
      rigidSpending: 20001,
      incomePerCapita: 10000,
      members: 4,
      percent: 50,
    });
    expect(met.met).toBe(true);
    expect(met.reason).toBe(
      '刚性支出自付 20,001 元，超过家庭纯收入 40,000 元（人均 10,000 元 × 4 人）的 50%',
    );
    expect(
      evaluateRule(rule('R2'), { rigidSpending: 20000, incomePerCapita: 10000, members: 4, percent: 50 }).met,
    ).toBe(false);
    expect(
      evaluateRule(rule('R2'), { rigidSpending: 20000, incomePerCapita: null, members: 4, percent: 50 }).met,
    ).toBe(false);
    expect(
      evaluateRule(rule('R2'), { rigidSpending: 5, incomePerCapita: 1, members: 0, percent: 50 }).met,
    ).toBe(false);
  });

  it('R3 flags a sudden risk from a visit or an event of a listed category inside the window', () => {
    const visit = {
      source: 'visit' as const,
      sourceId: 'p1',
      on: '2026-11-03',
      riskType: 'illness',
      categoryCode: null,
      text: '户主突发脑梗住院',
      days: 90,
    };
    const e = evaluateRule(rule('R3'), visit, '2026-09-01');
    expect(e.met).toBe(true);
    expect(e.reason).toBe('2026-11-03 入户走访发现因病风险：户主突发脑梗住院');
    expect(evaluateRule(rule('R3'), visit, '2026-11-04').met).toBe(false);
    expect(evaluateRule(rule('R3'), { ...visit, riskType: 'schooling' }, '2026-09-01').met).toBe(false);
    const event = {
      ...visit,
      source: 'event' as const,
      riskType: null,
      categoryCode: 'E15',
      text: '山洪冲毁房屋',
    };
    const ev = evaluateRule(rule('R3'), event, '2026-09-01');
    expect(ev).toMatchObject({ met: true, reason: '2026-11-03 网格事件（E15）：山洪冲毁房屋' });
    expect(evaluateRule(rule('R3'), { ...event, categoryCode: 'E01' }, '2026-09-01').met).toBe(false);
    expect(evaluateRule(rule('R3'), { ...visit, source: null, on: null }, '2026-09-01').reason).toBe(
      '近 90 天没有突发困难记录',
    );
  });

  it('R4 flags medical costs from the amount and alert kinds always', () => {
    const f = {
      recordId: 'r1',
      department: 'medical_insurance',
      kind: 'medical_cost',
      amountYuan: 12500,
      on: '2026-10-12',
      days: 180,
      medicalYuan: 10000,
    };
    const e = evaluateRule(rule('R4'), f, '2026-06-01');
    expect(e).toMatchObject({
      met: true,
      reason: '医保数据：2026-10-12 医疗费用自付 12,500 元，不低于 10,000 元',
    });
    expect(evaluateRule(rule('R4'), { ...f, amountYuan: 9999 }, '2026-06-01').met).toBe(false);
    const d = evaluateRule(
      rule('R4'),
      { ...f, department: 'disability', kind: 'disability', amountYuan: null },
      '2026-06-01',
    );
    expect(d).toMatchObject({ met: true, reason: '残联数据：2026-10-12 新增残疾' });
    expect(evaluateRule(rule('R4'), { ...f, kind: 'assistance' }, '2026-06-01').met).toBe(false);
  });

  it('checks params per kind with messages naming the field', () => {
    expect(checkParams('rigid_spending', { share: 0.4 })).toEqual({ ok: true, params: { share: 0.4 } });
    const bad = checkParams('rigid_spending', { share: 2 });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems[0]).toMatchObject({ path: 'params.share', message: '占比（share）最多 1' });
    const extra = checkParams('rigid_spending', { share: 0.5, other: 1 });
    expect(extra.ok).toBe(false);
    const sudden = checkParams('sudden_event', { days: 30, riskTypes: ['flood'], eventCategories: [] });
    expect(sudden.ok).toBe(false);
    if (!sudden.ok) expect(sudden.problems[0].path).toBe('params.riskTypes.0');
    const empty = checkParams('sudden_event', { days: 30, riskTypes: [], eventCategories: [] });
    expect(empty.ok).toBe(false);
    expect(checkParams('department_data', { days: 0, medicalYuan: 5000 }).ok).toBe(false);
    expect(checkParams('income_below', {}).ok).toBe(true);
    expect(checkParams('income_below', { x: 1 }).ok).toBe(false);
    for (const d of DEFAULT_RULES) expect(checkParams(d.kind, d.params).ok).toBe(true);
  });

  it('counts days and years in Beijing time', () => {
    expect(sinceDayOf(new Date('2026-12-06T17:00:00Z'), 1)).toBe('2026-12-06');
    expect(sinceDayOf(new Date('2026-12-06T10:00:00Z'), 90)).toBe('2026-09-07');
    expect(yearOf(new Date('2026-12-31T17:00:00Z'))).toBe(2027);
  });
});
