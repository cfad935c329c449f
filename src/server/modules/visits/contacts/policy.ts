import { levelOfCode } from '../../../../contracts/region-code';
import { can } from '../../../../contracts/roles';
import type { Actor } from '../../../platform/context';
import { countyCodeOf, isInScope, isUnder, scopeOf } from '../../../platform/scope';

// Who may do what with leaders' contact duties (docs/visits.md §5), as pure functions. Reading is
// contacts.read within the caller's scope (the loaders answer 404 outside); these narrow writing:
// - 十联六常: the county administrator keeps the county leaders' contacts; a leader with an
//   account (leaderUserId) may log contacts against their own.
// - 十步法: a stationed cadre records their own steps; the township and county may correct any.
// - 书记拉练: the county or a township records the tours it organises.

type Who = Pick<Actor, 'role' | 'scopePrefix'>;
type Refusal = { field: string; message: string } | null;

/** Beijing's calendar day (YYYY-MM-DD): a date "in the future" is judged by the county's clock. */
export const beijingToday = (now = new Date()): string =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

const manages = (actor: Pick<Actor, 'role'>) => can(actor.role, 'contacts.manage');

// —— 十联六常 ——

export const mayKeepLeaderContacts = (actor: Pick<Actor, 'role'>): boolean =>
  manages(actor) && actor.role === 'county_admin';

export const mayEditLeaderContact = (actor: Who, contact: { regionCode: string }): boolean =>
  mayKeepLeaderContacts(actor) && isInScope(contact.regionCode, scopeOf(actor));

export const mayLogContact = (
  actor: Who & Pick<Actor, 'userId'>,
  contact: { regionCode: string; leaderUserId: string | null },
): boolean =>
  mayEditLeaderContact(actor, contact) || (manages(actor) && contact.leaderUserId === actor.userId);

const TARGET_LEVEL: Record<string, 'township' | 'village'> = { township: 'township', village: 'village' };

/** Why this contact cannot be kept by the caller (null when it can). `county` is the leader's county. */
export const leaderContactRefusal = (
  actor: Who,
  county: string,
  kind: string,
  targetRegionCode: string | null | undefined,
): Refusal => {
  if (levelOfCode(county) !== 'county') return { field: 'regionCode', message: '县领导的联系应记在县一级' };
  if (!isInScope(county, scopeOf(actor))) return { field: 'regionCode', message: '该县不在您的管辖范围内' };
  const wanted = TARGET_LEVEL[kind];
  if (!targetRegionCode) {
    return wanted
      ? { field: 'targetRegionCode', message: wanted === 'township' ? '请选择联系的乡镇' : '请选择联系的村' }
      : null;
  }
  const level = levelOfCode(targetRegionCode);
  if (wanted && level !== wanted)
    return {
      field: 'targetRegionCode',
      message: wanted === 'township' ? '联系对象应为乡镇' : '联系对象应为村',
    };
  if (level !== 'township' && level !== 'village')
    return { field: 'targetRegionCode', message: '联系对象所在地应为乡镇或村' };
  if (!isUnder(targetRegionCode, county) || !isInScope(targetRegionCode, scopeOf(actor)))
    return { field: 'targetRegionCode', message: '联系对象所在地不在您的管辖范围内' };
  return null;
};

/** A contact happens on a day not after today. */
export const logDateRefusal = (happenedOn: string, today = beijingToday()): Refusal =>
  happenedOn > today ? { field: 'happenedOn', message: '日期不能晚于今天' } : null;

// —— 十步法 ——

/**
 * Whether the caller may record or correct a step of `cadreName` in the village: the township and
 * county for any cadre of their villages; a stationed cadre for themself (`ownNames`: their
 * account's name and the work-team names linked to their account).
 */
export const stepRefusal = (
  actor: Who,
  regionCode: string,
  cadreName: string,
  ownNames: readonly string[],
  doneOn?: string,
  today = beijingToday(),
): Refusal => {
  if (!manages(actor) || actor.role === 'village')
    return { field: 'cadreName', message: '只有驻村干部本人或乡镇、县可以记录十步法' };
  if (levelOfCode(regionCode) !== 'village') return { field: 'regionCode', message: '十步法应记在所驻的村' };
  if (!isInScope(regionCode, scopeOf(actor)))
    return { field: 'regionCode', message: '该村不在您的管辖范围内' };
  if (actor.role === 'stationed_cadre' && !ownNames.includes(cadreName))
    return { field: 'cadreName', message: '驻村干部只能记录本人的十步法' };
  if (doneOn && doneOn > today) return { field: 'doneOn', message: '完成日期不能晚于今天' };
  return null;
};

// —— 书记拉练 ——

export const mayRecordTours = (actor: Pick<Actor, 'role'>): boolean =>
  manages(actor) && (actor.role === 'county_admin' || actor.role === 'township');

export const mayEditTour = (actor: Who, tour: { regionCode: string }): boolean =>
  mayRecordTours(actor) && isInScope(tour.regionCode, scopeOf(actor));

const quarterOf = (day: string) => Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;

/** Why the caller cannot record this tour (null when it can): organiser, date and places. */
export const tourRefusal = (
  actor: Who,
  tour: { regionCode: string; year: number; quarter: number; heldOn: string },
  placeCodes: readonly string[],
  today = beijingToday(),
): Refusal => {
  if (!mayRecordTours(actor)) return { field: 'regionCode', message: '只有县、乡镇可以记录书记拉练' };
  const level = levelOfCode(tour.regionCode);
  if (level !== 'county' && level !== 'township')
    return { field: 'regionCode', message: '书记拉练应由县或乡镇组织' };
  if (!isInScope(tour.regionCode, scopeOf(actor)))
    return { field: 'regionCode', message: '组织单位不在您的管辖范围内' };
  if (Number(tour.heldOn.slice(0, 4)) !== tour.year || quarterOf(tour.heldOn) !== tour.quarter)
    return { field: 'heldOn', message: '拉练日期应在所填年度和季度之内' };
  if (tour.heldOn > today) return { field: 'heldOn', message: '拉练日期不能晚于今天' };
  for (const [i, code] of placeCodes.entries()) {
    if (!isUnder(code, tour.regionCode) || !isInScope(code, scopeOf(actor)))
      return { field: `places.${i}.regionCode`, message: '拉练地点不在组织单位的范围内' };
  }
  return null;
};

/** The leader's county: given, or the caller's own. */
export const leaderCounty = (actor: Pick<Actor, 'scopeCode'>, given?: string): string =>
  given ?? countyCodeOf(actor.scopeCode);
