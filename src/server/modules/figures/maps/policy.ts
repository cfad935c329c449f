import { levelOfCode } from '../../../../contracts/region-code';
import type { Actor } from '../../../platform/context';
import { Forbidden, invalidField } from '../../../platform/errors';

// 区划边界: who may upload or remove boundaries, and of which regions. Pure; policy.test.ts.
// The county keeps the map of its townships and of every township's villages; a township keeps
// the map of its own villages (the scope answers 404 for anything else before this is asked).

type Who = Pick<Actor, 'role'>;

const KEEPERS = new Set(['county_admin', 'township']);

/** The caller may upload and remove boundary maps (of regions in its scope). */
export const mayKeepBoundaries = (a: Who): boolean => KEEPERS.has(a.role);

export const assertMayKeepBoundaries = (a: Who) => {
  if (!mayKeepBoundaries(a)) throw new Forbidden('只有县、乡镇账号可以上传或删除区划边界');
};

/** Maps are of a county's townships or a township's villages: the region is a county or a township. */
export const holdsChildBoundaries = (regionCode: string): boolean => {
  const level = levelOfCode(regionCode);
  return level === 'county' || level === 'township';
};

export const assertHoldsChildBoundaries = (regionCode: string) => {
  if (!holdsChildBoundaries(regionCode))
    throw invalidField('regionCode', '只能为县（各乡镇的边界）或乡镇（各村的边界）上传区划边界');
};
