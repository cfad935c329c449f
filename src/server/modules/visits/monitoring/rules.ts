import { z } from 'zod';
import { DATA_DEPARTMENTS, RISK_TYPES } from '../defaults';
import type { RuleKind } from '../tables';

// 监测规则的纯核心 (docs/visits.md §2): what each kind of rule asks of a household's facts, the
// reason in words a villager understands, and the checks of a rule's params. Pure; rules.test.ts.
// The sweep (sweep.ts) evaluates the same conditions set-based in SQL and writes the same facts
// and the same reason; the medium test checks every signal against explainRule.

export interface RuleVersion {
  code: string;
  version: number;
  kind: RuleKind;
  params: Record<string, unknown>;
}

export interface IncomeFacts {
  year: number;
  incomePerCapita: number | null;
  thresholdYuan: number | null;
  /** The region whose row gave the threshold (county, prefecture or province). */
  thresholdRegion: string | null;
}
export interface RigidFacts {
  rigidSpending: number | null;
  incomePerCapita: number | null;
  /** Living members of the household. */
  members: number;
  /** The rule's share in percent (50 for 0.5). */
  percent: number;
}
/** The latest sudden hardship of the household: a visit's problem or a grid event. */
export interface SuddenFacts {
  source: 'visit' | 'event' | null;
  sourceId: string | null;
  /** The day (Beijing) it was recorded, YYYY-MM-DD. */
  on: string | null;
  riskType: string | null;
  categoryCode: string | null;
  /** The problem's description or the event's title, at most 40 characters. */
  text: string | null;
  days: number;
}
/** The latest department record of the household that the rule reads. */
export interface DepartmentFacts {
  recordId: string | null;
  department: string | null;
  kind: string | null;
  amountYuan: number | null;
  on: string | null;
  days: number;
  medicalYuan: number;
}
export type RuleFacts = IncomeFacts | RigidFacts | SuddenFacts | DepartmentFacts;

export interface Evaluation {
  met: boolean;
  /** Why (or why not): 「人均纯收入 6,200 元，低于 2026 年监测标准 8,700 元」. */
  reason: string;
  facts: RuleFacts;
  ruleCode: string;
  ruleVersion: number;
}

/** 6200 → "6,200" (the SQL writes the same with to_char 'FM999,999,999,990'). */
export const yuan = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** A text cut to 40 characters, as the reason shows it. */
export const REASON_TEXT_LENGTH = 40;

export const riskTypeName = (code: string | null): string =>
  (code && RISK_TYPES.find((r) => r.code === code)?.name.zh) ?? code ?? '';
export const RISK_TYPE_NAMES: Record<string, string> = Object.fromEntries(
  RISK_TYPES.map((r) => [r.code, r.name.zh]),
);
export const DEPARTMENT_NAMES: Record<string, string> = Object.fromEntries(
  DATA_DEPARTMENTS.map((d) => [d.code, d.name.zh]),
);
export const DEPARTMENT_KIND_NAMES: Record<string, string> = Object.fromEntries(
  DATA_DEPARTMENTS.flatMap((d) => d.kinds.map((k) => [k.code, k.name.zh])),
);

/** Department kinds R4 flags whatever the amount; medical_cost only from the rule's amount. */
export const DEPARTMENT_ALERT_KINDS = [
  'disability',
  'unsafe_house',
  'disaster',
  'job_loss',
  'dropout',
] as const;
export const MEDICAL_KIND = 'medical_cost';
/** The risk type a department record stands for. */
export const DEPARTMENT_RISK: Record<string, string> = {
  medical_cost: 'illness',
  disability: 'disability',
  unsafe_house: 'housing',
  disaster: 'disaster',
  job_loss: 'work',
  dropout: 'schooling',
};

// —— params per kind ——

const days = z
  .number({ message: '天数应为数字' })
  .int('天数应为整数')
  .min(1, '天数至少为 1')
  .max(730, '天数最多为 730');

export const PARAM_SCHEMAS: Record<RuleKind, z.ZodType<Record<string, unknown>>> = {
  income_below: z.strictObject(
    {},
    { error: '「人均纯收入低于监测标准」没有参数：标准在监测标准表中按年度设定' },
  ),
  rigid_spending: z.strictObject(
    {
      share: z
        .number({ message: '占比（share）应为数字' })
        .min(0.05, '占比（share）至少 0.05')
        .max(1, '占比（share）最多 1')
        .refine((s) => Math.abs(s * 100 - Math.round(s * 100)) < 1e-9, '占比（share）最多两位小数，如 0.5'),
    },
    { error: '只能设定占比（share）' },
  ),
  sudden_event: z
    .strictObject(
      {
        days,
        riskTypes: z.array(
          z.enum(
            RISK_TYPES.map((r) => r.code) as [string, ...string[]],
            `风险类型（riskTypes）应为 ${RISK_TYPES.map((r) => r.code).join('、')} 之一`,
          ),
          { message: '风险类型（riskTypes）应为列表' },
        ),
        eventCategories: z.array(
          z.string().regex(/^E\d{2,3}$/, '事件类别（eventCategories）应为 E01、E06 这样的代码'),
          { message: '事件类别（eventCategories）应为列表' },
        ),
      },
      { error: '只能设定天数（days）、风险类型（riskTypes）和事件类别（eventCategories）' },
    )
    .refine(
      (p) => p.riskTypes.length + p.eventCategories.length > 0,
      '风险类型（riskTypes）和事件类别（eventCategories）至少选一项',
    ),
  department_data: z.strictObject(
    {
      days,
      medicalYuan: z
        .number({ message: '医疗自付金额（medicalYuan）应为数字' })
        .int('医疗自付金额（medicalYuan）应为整数')
        .min(0, '医疗自付金额（medicalYuan）不能为负')
        .max(10_000_000, '医疗自付金额（medicalYuan）过大'),
    },
    { error: '只能设定天数（days）和医疗自付金额（medicalYuan）' },
  ),
};

/** The params checked for a kind: the value to store, or the problems (Chinese, naming the field). */
export const checkParams = (
  kind: RuleKind,
  params: unknown,
):
  | { ok: true; params: Record<string, unknown> }
  | { ok: false; problems: { path: string; message: string }[] } => {
  const parsed = PARAM_SCHEMAS[kind].safeParse(params);
  if (parsed.success) return { ok: true, params: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({ path: ['params', ...i.path].join('.'), message: i.message })),
  };
};

/** The percent of R2's share (0.5 → 50): integer arithmetic in JS and SQL alike. */
export const percentOf = (params: Record<string, unknown>): number =>
  Math.round(Number(params.share ?? 0.5) * 100);

// —— evaluation ——

/** Whether the facts meet the rule, before the words. `sinceDay` (YYYY-MM-DD) opens R3/R4's window. */
export const isMet = (rule: RuleVersion, facts: RuleFacts, sinceDay: string): boolean => {
  switch (rule.kind) {
    case 'income_below': {
      const f = facts as IncomeFacts;
      return f.incomePerCapita !== null && f.thresholdYuan !== null && f.incomePerCapita < f.thresholdYuan;
    }
    case 'rigid_spending': {
      const f = facts as RigidFacts;
      if (f.rigidSpending === null || f.incomePerCapita === null || f.members < 1) return false;
      return f.rigidSpending * 100 > f.percent * f.incomePerCapita * f.members;
    }
    case 'sudden_event': {
      const f = facts as SuddenFacts;
      if (!f.source || !f.on || f.on < sinceDay) return false;
      const p = rule.params as { riskTypes?: string[]; eventCategories?: string[] };
      return f.source === 'visit'
        ? (p.riskTypes ?? []).includes(f.riskType ?? '')
        : (p.eventCategories ?? []).includes(f.categoryCode ?? '');
    }
    case 'department_data': {
      const f = facts as DepartmentFacts;
      if (!f.kind || !f.on || f.on < sinceDay) return false;
      if (f.kind === MEDICAL_KIND) return f.amountYuan !== null && f.amountYuan >= f.medicalYuan;
      return (DEPARTMENT_ALERT_KINDS as readonly string[]).includes(f.kind);
    }
  }
};

/** The reason, met or not, from the facts alone (the sweep's SQL writes the same words). */
export const explainRule = (rule: Pick<RuleVersion, 'kind'>, facts: RuleFacts, met: boolean): string => {
  switch (rule.kind) {
    case 'income_below': {
      const f = facts as IncomeFacts;
      if (f.thresholdYuan === null) return `${f.year} 年尚未设定监测标准，无法判断`;
      if (f.incomePerCapita === null) return '尚未登记人均纯收入，无法判断';
      return `人均纯收入 ${yuan(f.incomePerCapita)} 元，${met ? '低于' : '不低于'} ${f.year} 年监测标准 ${yuan(f.thresholdYuan)} 元`;
    }
    case 'rigid_spending': {
      const f = facts as RigidFacts;
      if (f.rigidSpending === null || f.incomePerCapita === null || f.members < 1)
        return '尚未登记刚性支出自付、人均纯收入或家庭成员，无法判断';
      const income = f.incomePerCapita * f.members;
      return met
        ? `刚性支出自付 ${yuan(f.rigidSpending)} 元，超过家庭纯收入 ${yuan(income)} 元（人均 ${yuan(f.incomePerCapita)} 元 × ${f.members} 人）的 ${f.percent}%`
        : `刚性支出自付 ${yuan(f.rigidSpending)} 元，未超过家庭纯收入 ${yuan(income)} 元的 ${f.percent}%`;
    }
    case 'sudden_event': {
      const f = facts as SuddenFacts;
      if (!met || !f.source) return `近 ${f.days} 天没有突发困难记录`;
      return f.source === 'visit'
        ? `${f.on} 入户走访发现${riskTypeName(f.riskType)}风险：${f.text ?? ''}`
        : `${f.on} 网格事件（${f.categoryCode}）：${f.text ?? ''}`;
    }
    case 'department_data': {
      const f = facts as DepartmentFacts;
      if (!met || !f.kind) return `近 ${f.days} 天没有部门预警数据`;
      const dept = DEPARTMENT_NAMES[f.department ?? ''] ?? f.department ?? '';
      const kind = DEPARTMENT_KIND_NAMES[f.kind] ?? f.kind;
      return f.kind === MEDICAL_KIND
        ? `${dept}数据：${f.on} ${kind} ${yuan(f.amountYuan ?? 0)} 元，不低于 ${yuan(f.medicalYuan)} 元`
        : `${dept}数据：${f.on} ${kind}`;
    }
  }
};

/** Evaluates a rule version over a household's facts: met, the reason, the facts, the rule named. */
export const evaluateRule = (rule: RuleVersion, facts: RuleFacts, sinceDay = '0000-00-00'): Evaluation => {
  const met = isMet(rule, facts, sinceDay);
  return {
    met,
    reason: explainRule(rule, facts, met),
    facts,
    ruleCode: rule.code,
    ruleVersion: rule.version,
  };
};

/** The channel a rule's signals are raised on: department data on 'department', the others 'rule'. */
export const channelOf = (kind: RuleKind): 'rule' | 'department' =>
  kind === 'department_data' ? 'department' : 'rule';

/** The first day (Beijing, YYYY-MM-DD) of a window of `days` days ending on `now`'s day. */
export const sinceDayOf = (now: Date, days: number): string => {
  const beijing = new Date(now.getTime() + 8 * 3600_000);
  beijing.setUTCDate(beijing.getUTCDate() - days);
  return beijing.toISOString().slice(0, 10);
};

/** The year (Beijing) of `now`: the threshold R1 compares with. */
export const yearOf = (now: Date): number => new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
