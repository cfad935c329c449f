import { type CreateVisitBody, QUESTION_CODES, type VisitPrefill } from '../../../../contracts/api/visits';

// 十问十清 on the phone: the form's state, pure, so it is tested without a browser. Every answer
// starts 清楚; 更正 opens the fields its question owns, and only fields that differ from the records
// go into the body (enter once: the server writes them to the household and person records).

export type QuestionCode = (typeof QUESTION_CODES)[number];
export type AnswerStatus = 'clear' | 'corrected' | 'problem';
export type LifeCheck = 'food' | 'clothes' | 'housing' | 'water';
export const LIFE_CHECKS: readonly LifeCheck[] = ['food', 'clothes', 'housing', 'water'];

type HouseholdFix = CreateVisitBody['household'];
export type HouseholdField = keyof HouseholdFix;
export type PersonField = 'education' | 'health' | 'labour';

/** The household fields each question owns. */
export const HOUSEHOLD_FIELDS: Partial<Record<QuestionCode, HouseholdField[]>> = {
  Q04: ['incomePerCapita', 'rigidSpending'],
  Q05: ['relocated', 'relocationSite'],
  Q09: ['helperName'],
  Q10: ['povertyStatus'],
};
/** The person fields each question owns (per member). */
export const PERSON_FIELDS: Partial<Record<QuestionCode, PersonField>> = {
  Q06: 'education',
  Q07: 'health',
  Q08: 'labour',
};

export interface ProblemDraft {
  description: string;
  riskType: string | null;
  outcome: 'solved' | 'event';
  solution: string;
  categoryCode: string | null;
}
export type NewMember = CreateVisitBody['newMembers'][number];
export type LeftMember = CreateVisitBody['leftMembers'][number];

export interface VisitDraft {
  visitedOn: string;
  status: Record<QuestionCode, AnswerStatus>;
  notes: Partial<Record<QuestionCode, string>>;
  checks: Record<LifeCheck, boolean>;
  household: HouseholdFix;
  persons: Record<string, Partial<Record<PersonField, string | null>>>;
  newMembers: NewMember[];
  leftMembers: LeftMember[];
  problems: Partial<Record<QuestionCode, ProblemDraft>>;
}

export const today = (now = new Date()): string => {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
};

export const emptyProblem = (): ProblemDraft => ({
  description: '',
  riskType: null,
  outcome: 'solved',
  solution: '',
  categoryCode: null,
});

/** Everything 清楚, the records' values in the fields. */
export const newDraft = (visitedOn = today()): VisitDraft => ({
  visitedOn,
  status: Object.fromEntries(QUESTION_CODES.map((q) => [q, 'clear'])) as Record<QuestionCode, AnswerStatus>,
  notes: {},
  checks: { food: true, clothes: true, housing: true, water: true },
  household: {},
  persons: {},
  newMembers: [],
  leftMembers: [],
  problems: {},
});

/** Question 3 is 清楚 only when all four checks hold. */
export const setCheck = (draft: VisitDraft, key: LifeCheck, held: boolean): VisitDraft => {
  const next = { ...draft, checks: { ...draft.checks, [key]: held } };
  const allHeld = LIFE_CHECKS.every((k) => next.checks[k]);
  return !allHeld && next.status.Q03 === 'clear' ? setStatus(next, 'Q03', 'problem') : next;
};

export const setStatus = (draft: VisitDraft, q: QuestionCode, s: AnswerStatus): VisitDraft => {
  const problems = { ...draft.problems };
  if (s === 'problem') problems[q] ??= emptyProblem();
  else delete problems[q];
  return { ...draft, status: { ...draft.status, [q]: s }, problems };
};

type Prefilled = VisitPrefill['household'];

/** The value a household field has in the form: the correction if any, else the records'. */
export const householdValue = (prefill: VisitPrefill, draft: VisitDraft, field: HouseholdField): unknown =>
  field in draft.household ? draft.household[field] : prefill.household[field as keyof Prefilled];

export const personValue = (
  prefill: VisitPrefill,
  draft: VisitDraft,
  personId: string,
  field: PersonField,
): string | null => {
  const fix = draft.persons[personId];
  if (fix && field in fix) return fix[field] ?? null;
  return prefill.members.find((m) => m.personId === personId)?.[field] ?? null;
};

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/** What the visit sends: answers, and only the corrections (of 更正 questions) that differ. */
export const visitBody = (prefill: VisitPrefill, draft: VisitDraft, householdId: string): CreateVisitBody => {
  const answers: CreateVisitBody['answers'] = {};
  for (const q of QUESTION_CODES) {
    const note = draft.notes[q]?.trim();
    answers[q] = {
      status: draft.status[q],
      ...(note ? { note } : {}),
      ...(q === 'Q03' ? { checks: { ...draft.checks } } : {}),
    };
  }
  const household: HouseholdFix = {};
  for (const [q, fields] of Object.entries(HOUSEHOLD_FIELDS) as [QuestionCode, HouseholdField[]][]) {
    if (draft.status[q] !== 'corrected') continue;
    for (const field of fields) {
      if (!(field in draft.household)) continue;
      const after = draft.household[field];
      if (!same(after, prefill.household[field as keyof Prefilled]))
        (household as Record<string, unknown>)[field] = after;
    }
  }
  const persons: CreateVisitBody['persons'] = [];
  for (const member of prefill.members) {
    const fix: CreateVisitBody['persons'][number] = { personId: member.personId };
    let changed = false;
    for (const [q, field] of Object.entries(PERSON_FIELDS) as [QuestionCode, PersonField][]) {
      if (draft.status[q] !== 'corrected') continue;
      const value = draft.persons[member.personId]?.[field];
      if (value === undefined || same(value, member[field])) continue;
      (fix as Record<string, unknown>)[field] = value;
      changed = true;
    }
    if (changed) persons.push(fix);
  }
  const q01 = draft.status.Q01 === 'corrected';
  const problems: CreateVisitBody['problems'] = [];
  for (const q of QUESTION_CODES) {
    const p = draft.problems[q];
    if (draft.status[q] !== 'problem' || !p) continue;
    problems.push({
      question: q,
      description: p.description.trim(),
      riskType: p.riskType,
      outcome: p.outcome,
      solution: p.outcome === 'solved' ? p.solution.trim() || null : null,
      categoryCode: p.outcome === 'event' ? p.categoryCode : null,
    });
  }
  return {
    householdId,
    visitedOn: draft.visitedOn,
    answers,
    household,
    persons,
    newMembers: q01 ? draft.newMembers : [],
    leftMembers: q01 ? draft.leftMembers : [],
    problems,
  };
};

/** A problem the form must fix before the summary: the question and the message key. */
export const draftProblem = (
  draft: VisitDraft,
): { question: QuestionCode; key: 'describe' | 'solutionMissing' | 'categoryMissing' } | null => {
  for (const q of QUESTION_CODES) {
    const p = draft.problems[q];
    if (draft.status[q] !== 'problem' || !p) continue;
    if (!p.description.trim()) return { question: q, key: 'describe' };
    if (p.outcome === 'solved' && !p.solution.trim()) return { question: q, key: 'solutionMissing' };
    if (p.outcome === 'event' && !p.categoryCode) return { question: q, key: 'categoryMissing' };
  }
  return null;
};

export interface ChangeLine {
  /** The member's name, or null for the household. */
  who: string | null;
  field: HouseholdField | PersonField | 'members';
  before: unknown;
  after: unknown;
}

/** The corrections of a body, before → after, for the summary. */
export const changeLines = (prefill: VisitPrefill, body: CreateVisitBody): ChangeLine[] => {
  const lines: ChangeLine[] = [];
  for (const [field, after] of Object.entries(body.household) as [HouseholdField, unknown][])
    lines.push({ who: null, field, before: prefill.household[field as keyof Prefilled], after });
  for (const fix of body.persons) {
    const member = prefill.members.find((m) => m.personId === fix.personId);
    for (const field of ['education', 'health', 'labour'] as const)
      if (field in fix)
        lines.push({ who: member?.name ?? '', field, before: member?.[field], after: fix[field] });
  }
  for (const m of body.newMembers) lines.push({ who: m.name, field: 'members', before: null, after: 'new' });
  for (const m of body.leftMembers) {
    const member = prefill.members.find((x) => x.personId === m.personId);
    lines.push({ who: member?.name ?? '', field: 'members', before: 'member', after: m.reason });
  }
  return lines;
};

export const answerCounts = (draft: VisitDraft): Record<AnswerStatus, number> => {
  const counts = { clear: 0, corrected: 0, problem: 0 };
  for (const q of QUESTION_CODES) counts[draft.status[q]]++;
  return counts;
};
