import { and, count, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/types';
import type { ReferenceCounter } from '../../platform/modules/manifest';
import { developmentRecords, partyMembers } from './tables';

// What the org module may know of members, declared in members' manifest as references to
// party organizations: living members per organization by status, and development records (for
// the tree, the detail and the delete check). The caller has already scoped the ids.

const memberCounter =
  (status: 'probationary' | 'full'): ReferenceCounter =>
  async (db: Db, orgIds: string[]) => {
    if (orgIds.length === 0) return new Map();
    // Every status that is not full counts as probationary, as the tree has always shown it.
    const ofStatus = status === 'full' ? eq(partyMembers.status, 'full') : ne(partyMembers.status, 'full');
    const rows = await db
      .select({ orgId: partyMembers.orgId, n: count() })
      .from(partyMembers)
      .where(and(inArray(partyMembers.orgId, orgIds), isNull(partyMembers.deletedAt), ofStatus))
      .groupBy(partyMembers.orgId);
    return new Map(rows.map((r) => [r.orgId, r.n]));
  };

const developmentCounter: ReferenceCounter = async (db, orgIds) => {
  if (orgIds.length === 0) return new Map();
  const rows = await db
    .select({ orgId: developmentRecords.orgId, n: count() })
    .from(developmentRecords)
    .where(and(inArray(developmentRecords.orgId, orgIds), isNull(developmentRecords.deletedAt)))
    .groupBy(developmentRecords.orgId);
  return new Map(rows.map((r) => [r.orgId, r.n]));
};

export const partyOrgReferences = {
  'members.probationary': memberCounter('probationary'),
  'members.full': memberCounter('full'),
  'members.development': developmentCounter,
} as const satisfies Record<string, ReferenceCounter>;
