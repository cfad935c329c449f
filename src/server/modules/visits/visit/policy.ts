import type { CreateVisitBody } from '../../../../contracts/api/visits';
import { can } from '../../../../contracts/roles';
import type { Actor } from '../../../platform/context';
import { type FieldError, Forbidden, Invalid } from '../../../platform/errors';
import { isUnder } from '../../../platform/scope';
import { RISK_TYPES } from '../defaults';

// 十问十清: who may record a visit of which household, and what a visit may say. Pure; policy.test.ts.
// A grid worker and a village record the households of their own village (a grid worker's account
// is scoped to the village of its grids), a township and the county those under them, a stationed
// cadre those of the village stationed in. A household outside the scope answers 404 before this
// is asked; these rules catch the rest.

type Who = Pick<Actor, 'role' | 'scopeCode'>;

/** The caller may record a visit of a household of this village. */
export const mayRecordVisit = (a: Who, householdRegion: string): boolean =>
  can(a.role, 'visits.record') && isUnder(householdRegion, a.scopeCode);

export const assertMayRecord = (a: Who, householdRegion: string) => {
  if (!mayRecordVisit(a, householdRegion)) throw new Forbidden('只能走访本级管辖范围内的农户');
};

export const FIRST_DAY = '2000-01-01';

const isRealDay = (d: string) => {
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
};

/** The household's living members as the visit checks them. */
export interface MemberFacts {
  id: string;
  relation: string;
}

const RISK_CODES = new Set(RISK_TYPES.map((r) => r.code));

/**
 * What is wrong with a visit of a household with these members, recorded `today` (YYYY-MM-DD, the
 * county's day): the date, members that are not the household's, a head leaving, an event without
 * a description that says enough.
 */
export const visitProblems = (body: CreateVisitBody, members: MemberFacts[], today: string): FieldError[] => {
  const out: FieldError[] = [];
  const add = (path: string, message: string) => out.push({ path, message });
  if (!isRealDay(body.visitedOn)) add('visitedOn', '走访日期不是有效日期');
  else if (body.visitedOn > today) add('visitedOn', '走访日期不能晚于今天');
  else if (body.visitedOn < FIRST_DAY) add('visitedOn', '走访日期不能早于 2000 年');
  if (Object.keys(body.answers).length === 0) add('answers', '请至少回答一项问题（十问十清）');
  const byId = new Map(members.map((m) => [m.id, m]));
  const leaving = new Set<string>();
  body.leftMembers.forEach((m, i) => {
    const member = byId.get(m.personId);
    if (!member) add(`leftMembers.${i}.personId`, '离开的成员须是本户的在册成员');
    else if (member.relation === 'head')
      add(`leftMembers.${i}.personId`, '户主离开前请先在农户信息中更换户主');
    if (leaving.has(m.personId)) add(`leftMembers.${i}.personId`, '同一成员只能登记离开一次');
    if (m.toHouseholdId && m.reason === 'died')
      add(`leftMembers.${i}.toHouseholdId`, '去世的成员不能迁入他户');
    leaving.add(m.personId);
  });
  const fixed = new Set<string>();
  body.persons.forEach((p, i) => {
    if (!byId.has(p.personId)) add(`persons.${i}.personId`, '更正的成员须是本户的在册成员');
    else if (leaving.has(p.personId)) add(`persons.${i}.personId`, '已登记离开的成员不能再更正信息');
    if (fixed.has(p.personId)) add(`persons.${i}.personId`, '同一成员请只填写一次');
    fixed.add(p.personId);
  });
  body.newMembers.forEach((m, i) => {
    if (m.relation === 'head')
      add(`newMembers.${i}.relation`, '新成员不能登记为户主：更换户主请在农户信息中办理');
  });
  const h = body.household;
  if (h.relocated === false && h.relocationSite) add('household.relocationSite', '未搬迁的农户不填安置点');
  body.problems.forEach((p, i) => {
    if (p.riskType && !RISK_CODES.has(p.riskType)) add(`problems.${i}.riskType`, '风险类型不在目录之列');
    if (p.outcome === 'event' && p.description.length < 4)
      add(`problems.${i}.description`, '转为网格事件的问题请写清楚（至少 4 个字）');
  });
  return out;
};

export const throwIfAny = (problems: FieldError[]) => {
  if (problems.length) throw new Invalid(problems[0].message, problems);
};
