import { levelOfCode } from '../../../../contracts/region-code';
import { can, type RegionLevel } from '../../../../contracts/roles';
import type { Actor } from '../../../platform/context';
import type { FlagLevel, FlagStatus } from '../tables';

// 争创五旗 policy: who nominates, reviews, awards, rejects and revokes, as pure functions over the
// caller and the award. Scope (the target under the caller's region) is checked before these by
// the loaders; a record outside is NotFound.
//
// The level above the target nominates: the village its groups (屯) and households, the township
// its villages, the county its townships. The township reviews what its villages and their groups
// and households hold; the county reviews township flags itself. The county awards, and revokes.

type Who = Pick<Actor, 'role' | 'scopeCode'>;

/** The level of the caller's own region (county for a county admin). */
export const levelOfActor = (actor: Pick<Actor, 'scopeCode'>): RegionLevel => levelOfCode(actor.scopeCode);

const NOMINATES: Partial<Record<RegionLevel, readonly FlagLevel[]>> = {
  county: ['township'],
  township: ['village'],
  village: ['group', 'household'],
};

/** The flag levels the caller may nominate for (none for roles without assess.flags). */
export const nominableLevels = (actor: Who): readonly FlagLevel[] =>
  can(actor.role, 'assess.flags') ? (NOMINATES[levelOfActor(actor)] ?? []) : [];

export const mayNominate = (actor: Who, level: FlagLevel): boolean => nominableLevels(actor).includes(level);

export const LEVEL_NAMES: Record<FlagLevel, string> = {
  township: '乡镇',
  village: '村（社区）',
  group: '屯（村民小组）',
  household: '农户',
};

const NOMINATOR_NAMES: Record<FlagLevel, string> = {
  township: '县级',
  village: '乡镇',
  group: '村级',
  household: '村级',
};

/** Why the caller may not nominate for this level, in words; null when it may. */
export const nominateRefusal = (actor: Who, level: FlagLevel): string | null =>
  mayNominate(actor, level) ? null : `${LEVEL_NAMES[level]}红旗由${NOMINATOR_NAMES[level]}提名`;

/** The level of an award's target: a household when it names one, else its region's level. */
export const targetLevel = (award: { regionCode: string; householdId: string | null }): FlagLevel => {
  if (award.householdId) return 'household';
  const level = levelOfCode(award.regionCode);
  return level === 'township' || level === 'village' || level === 'group' ? level : 'village';
};

const isCounty = (actor: Who) => actor.role === 'county_admin' && levelOfActor(actor) === 'county';
const isTownship = (actor: Who) => actor.role === 'township' && levelOfActor(actor) === 'township';

/** 审核: the township over the target; township flags are reviewed by the county. */
export const mayReview = (actor: Who, award: { regionCode: string; householdId: string | null }): boolean =>
  targetLevel(award) === 'township' ? isCounty(actor) : isTownship(actor);

/** 授旗 and 撤销: the county. */
export const mayAward = (actor: Who): boolean => isCounty(actor);

/** 不予通过: whoever may take the next step (the reviewer while nominated, the county after). */
export const mayReject = (
  actor: Who,
  award: { regionCode: string; householdId: string | null; status: FlagStatus },
): boolean => (award.status === 'nominated' ? mayReview(actor, award) || isCounty(actor) : isCounty(actor));

/** The county edits its own catalogue of flag kinds. */
export const mayEditKinds = (actor: Who): boolean => isCounty(actor);

/** Evidence (事迹材料) is added while the award is undecided, by whoever takes part in flags. */
export const OPEN_FOR_EVIDENCE: readonly FlagStatus[] = ['nominated', 'reviewed'];
export const mayAddEvidence = (actor: Who, award: { status: FlagStatus }): boolean =>
  OPEN_FOR_EVIDENCE.includes(award.status) && can(actor.role, 'assess.flags');
