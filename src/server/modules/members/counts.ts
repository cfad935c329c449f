import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/types';
import { developmentRecords, partyMembers } from './tables';

// What the org module may know of members: counts per organization (for the tree and the
// delete check). The caller has already scoped the organization ids.

export interface MemberCounts {
  probationary: number;
  full: number;
}

export const memberCountsByOrg = async (db: Db, orgIds: string[]): Promise<Map<string, MemberCounts>> => {
  const out = new Map<string, MemberCounts>();
  if (orgIds.length === 0) return out;
  const rows = await db
    .select({ orgId: partyMembers.orgId, status: partyMembers.status, n: count() })
    .from(partyMembers)
    .where(and(inArray(partyMembers.orgId, orgIds), isNull(partyMembers.deletedAt)))
    .groupBy(partyMembers.orgId, partyMembers.status);
  for (const r of rows) {
    const c = out.get(r.orgId) ?? { probationary: 0, full: 0 };
    c[r.status === 'full' ? 'full' : 'probationary'] += r.n;
    out.set(r.orgId, c);
  }
  return out;
};

export const developmentRecordCount = async (db: Db, orgId: string): Promise<number> => {
  const [row] = await db
    .select({ n: count() })
    .from(developmentRecords)
    .where(and(eq(developmentRecords.orgId, orgId), isNull(developmentRecords.deletedAt)));
  return row.n;
};
