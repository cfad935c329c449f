import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/types';
import { invalidField } from '../../platform/errors';
import { partyOrgs } from './tables';

// Two living organizations under one parent never share a name: a name is how people (and the
// Excel import's 上级党组织 column) tell organizations apart. Top organizations, which have no
// parent, may not share a name within one region.

export interface OrgPlace {
  parentId: string | null;
  regionCode: string;
  name: string;
}

/** The living organization named like `o` beside it in the tree (other than `exceptId`), if any. */
export const siblingNamed = async (db: Db, o: OrgPlace, exceptId?: string) => {
  const [row] = await db
    .select({ id: partyOrgs.id })
    .from(partyOrgs)
    .where(
      and(
        eq(partyOrgs.name, o.name),
        o.parentId
          ? eq(partyOrgs.parentId, o.parentId)
          : and(isNull(partyOrgs.parentId), eq(partyOrgs.regionCode, o.regionCode)),
        isNull(partyOrgs.deletedAt),
        exceptId ? ne(partyOrgs.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row;
};

export const sameNameMessage = (name: string) => `同一上级党组织下已有名为“${name}”的组织`;

export const assertNameFree = async (db: Db, o: OrgPlace, exceptId?: string) => {
  if (await siblingNamed(db, o, exceptId)) throw invalidField('name', sameNameMessage(o.name));
};
