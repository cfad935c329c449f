import { levelOfCode } from '../../../../contracts/region-code';
import { can } from '../../../../contracts/roles';
import type { Actor } from '../../../platform/context';
import { isUnder } from '../../../platform/scope';

// Who may keep a village's assets, enterprises and the benefits its households got, as pure
// functions. The village keeps its own; the township and the county may correct any village in
// their scope. Records outside the scope never reach these checks (the loaders answer 404).

type Who = Pick<Actor, 'role' | 'scopeCode'>;

/** Writes of the assets part: roles with economy.accounts, over a village (or group) under their region. */
export const mayEditVillageRecord = (actor: Who, regionCode: string): boolean => {
  if (!can(actor.role, 'economy.accounts')) return false;
  const level = levelOfCode(regionCode);
  return (level === 'village' || level === 'group') && isUnder(regionCode, actor.scopeCode);
};

/** The village a new record goes to: the one named, or the caller's own village when it names none. */
export const villageForNewRecord = (actor: Who, regionCode: string | undefined | null): string | null => {
  if (regionCode) return regionCode;
  return levelOfCode(actor.scopeCode) === 'village' ? actor.scopeCode : null;
};
