import type { Db } from '../../platform/db/types';
import { referenceCounters } from '../../platform/modules/registry';

// Records of other modules that refer to party organizations, counted by the counters those
// modules declare in their manifests (members: 'members.probationary', 'members.full',
// 'members.development'), so org shows and guards them without importing the members module.

export interface OrgReferences {
  /** The count under one reference key for one organization (0 when no module declares the key). */
  of(key: string, orgId: string): number;
  /** Living members (probationary and full) of one organization. */
  members(orgId: string): number;
  /** Every reference to one organization, whoever holds it. */
  total(orgId: string): number;
}

const MEMBER_KEYS = ['members.probationary', 'members.full'];

/** Counts every reference, or with `membersOnly` just the members (for views: fewer queries). */
export const orgReferences = async (
  db: Db,
  orgIds: string[],
  { membersOnly = false } = {},
): Promise<OrgReferences> => {
  const counts = new Map<string, Map<string, number>>();
  const counters = referenceCounters('party_org').filter(
    ([key]) => !membersOnly || MEMBER_KEYS.includes(key),
  );
  // One after another: inside a transaction every query shares one connection.
  for (const [key, counter] of counters) counts.set(key, await counter(db, orgIds));
  const of = (key: string, orgId: string) => counts.get(key)?.get(orgId) ?? 0;
  return {
    of,
    members: (orgId) => MEMBER_KEYS.reduce((sum, key) => sum + of(key, orgId), 0),
    total: (orgId) => [...counts.values()].reduce((sum, byOrg) => sum + (byOrg.get(orgId) ?? 0), 0),
  };
};
