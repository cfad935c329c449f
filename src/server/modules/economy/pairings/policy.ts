import { levelOfCode } from '../../../../contracts/region-code';
import { can } from '../../../../contracts/roles';
import type { Actor } from '../../../platform/context';
import { countyOf, isInScope, scopeOf } from '../../../platform/scope';

// 强村带弱村 and 产业联盟 policy, as pure functions over the caller and the villages. Reading is
// scoped by the loaders (a pairing is seen from either village's side; outside is 404); these
// say who may change what they see.
//
// County and township staff with economy.pairings pair villages. The weak village must lie in the
// caller's scope (a township pairs its own weak village with a strong one anywhere in the county);
// both are villages of one county, and a village is not paired with itself.

type Who = Pick<Actor, 'role' | 'scopePrefix'>;

export const mayManagePairings = (actor: Pick<Actor, 'role'>): boolean => can(actor.role, 'economy.pairings');

/** Whether the caller may change a pairing it sees: only the side of its weak village. */
export const mayEditPairing = (actor: Who, pairing: { regionCode: string }): boolean =>
  mayManagePairings(actor) && isInScope(pairing.regionCode, scopeOf(actor));

export interface PairingRefusal {
  field: 'regionCode' | 'strongCode' | 'endYear';
  message: string;
}

/** Why the two villages cannot be paired by this caller (null when they can). */
export const pairingRefusal = (
  actor: Who,
  weak: string,
  strong: string,
  years: { startYear: number; endYear?: number | null },
): PairingRefusal | null => {
  if (levelOfCode(weak) !== 'village') return { field: 'regionCode', message: '受帮扶的一方应为村' };
  if (levelOfCode(strong) !== 'village') return { field: 'strongCode', message: '帮带的一方应为村' };
  if (!isInScope(weak, scopeOf(actor))) return { field: 'regionCode', message: '受帮扶村不在您的管辖范围内' };
  if (weak === strong) return { field: 'strongCode', message: '不能与本村结对' };
  if (countyOf(weak) !== countyOf(strong)) return { field: 'strongCode', message: '结对的两村应在同一县内' };
  if (years.endYear != null && years.endYear < years.startYear)
    return { field: 'endYear', message: '结束年度不能早于开始年度' };
  return null;
};

/** Whether the caller may change an alliance it sees: economy.pairings and the organizer in scope. */
export const mayEditAlliance = (actor: Who, alliance: { regionCode: string }): boolean =>
  mayManagePairings(actor) && isInScope(alliance.regionCode, scopeOf(actor));

/** Why a village cannot join the alliance organized by `organizer` (null when it can). */
export const memberRefusal = (actor: Who, organizer: string, village: string): string | null => {
  if (levelOfCode(village) !== 'village') return '联盟成员应为村';
  if (!isInScope(village, scopeOf(actor))) return '该村不在您的管辖范围内';
  if (countyOf(village) !== countyOf(organizer)) return '成员村应与联盟在同一县内';
  return null;
};

/** The region organizing an alliance: the county or a township in the caller's scope. */
export const organizerRefusal = (actor: Who, organizer: string): string | null => {
  const level = levelOfCode(organizer);
  if (level !== 'county' && level !== 'township') return '联盟应由县或乡镇组织';
  if (!isInScope(organizer, scopeOf(actor))) return '所选区划不在您的管辖范围内';
  return null;
};
