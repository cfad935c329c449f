import { levelOfCode } from '../../../contracts/region-code';
import type { Coded, orgKind, orgLevel } from '../../../contracts/registry/enums';
import { Conflict, invalidField } from '../../platform/errors';
import { ancestorAt, isUnder } from '../../platform/scope';

// Rules of the party-organization tree (党委 → 党总支 → 党支部 → 党小组), as pure functions.

type Level = Coded<typeof orgLevel>;
type Kind = Coded<typeof orgKind>;

export const LEVEL_RANK: Record<Level, number> = { committee: 0, general_branch: 1, branch: 2, group: 3 };

/** A child sits strictly below its parent: a 党支部 under a 党委 or 党总支, never the other way. */
export const isLevelBelow = (parent: Level, child: Level): boolean => LEVEL_RANK[child] > LEVEL_RANK[parent];

// Joint and industry organizations (联合党组织, 产业党支部) gather members of several villages of
// one township, so under a village organization they may sit anywhere in its township.
const SPANNING_KINDS: readonly Kind[] = ['joint', 'industry'];

/** The region whose subtree a child organization must lie in. */
export const childRegion = (parentRegion: string, childKind: Kind): string => {
  const level = levelOfCode(parentRegion);
  if (SPANNING_KINDS.includes(childKind) && (level === 'village' || level === 'group'))
    return ancestorAt(parentRegion, 'township');
  return parentRegion;
};

export const assertFitsParent = (
  parent: { level: Level; regionCode: string },
  child: { level: Level; kind: Kind; regionCode: string },
): void => {
  if (!isLevelBelow(parent.level, child.level))
    throw invalidField('level', '下级党组织的级别必须低于上级党组织');
  if (!isUnder(child.regionCode, childRegion(parent.regionCode, child.kind)))
    throw invalidField('regionCode', '下级党组织的区划必须在上级党组织的区划范围内');
};

/** Members can only be kept in a 党委, 党总支 or 党支部; a 党小组 groups members of its branch. */
export const mayHoldMembers = (level: Level): boolean => level !== 'group';

export interface Dependents {
  children: number;
  members: number;
  records: number;
  /** References other modules declare (their manifests' counters), beyond members and records. */
  others?: number;
}

export const assertDeletable = (d: Dependents): void => {
  if (d.children > 0) throw new Conflict('该党组织下还有下级党组织，不能删除');
  if (d.members > 0) throw new Conflict('该党组织下还有党员，请先转出党员后再删除');
  if (d.records > 0) throw new Conflict('该党组织下还有发展党员记录，不能删除');
  if ((d.others ?? 0) > 0) throw new Conflict('该党组织仍被其他记录引用，不能删除');
};
