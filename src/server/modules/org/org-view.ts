import { and, count, inArray, isNull } from 'drizzle-orm';
import type { Org } from '../../../contracts/api/org';
import type { Db } from '../../platform/db/types';
import { regionNames } from '../regions/region-view';
import { subtreesOf } from './org-subtree';
import { orgReferences } from './references';
import { partyOrgs } from './tables';

export type OrgRow = typeof partyOrgs.$inferSelect;

/** Living children per organization. */
export const childCounts = async (db: Db, ids: string[]): Promise<Map<string, number>> => {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ parentId: partyOrgs.parentId, n: count() })
    .from(partyOrgs)
    .where(and(inArray(partyOrgs.parentId, ids), isNull(partyOrgs.deletedAt)))
    .groupBy(partyOrgs.parentId);
  return new Map(rows.map((r) => [r.parentId as string, r.n]));
};

/** Organizations as the API shows them: region name, living children, members (own and with those below). */
export const toOrgViews = async (db: Db, rows: OrgRow[]): Promise<Org[]> => {
  const ids = rows.map((r) => r.id);
  // One after another: inside a transaction every query shares one connection.
  const names = await regionNames(
    db,
    rows.map((r) => r.regionCode),
  );
  const children = await childCounts(db, ids);
  // The tree shows the members of each organization and of all below it, as its detail does.
  const subtrees = await subtreesOf(db, ids);
  const references = await orgReferences(db, [...new Set([...subtrees.values()].flat())], {
    membersOnly: true,
  });
  return rows.map((r) => {
    return {
      id: r.id,
      parentId: r.parentId,
      name: r.name,
      level: r.level as Org['level'],
      kind: r.kind as Org['kind'],
      regionCode: r.regionCode,
      regionName: names.get(r.regionCode) ?? r.regionCode,
      establishedOn: r.establishedOn,
      sortOrder: r.sortOrder,
      childCount: children.get(r.id) ?? 0,
      memberCount: references.members(r.id),
      subtreeMemberCount: (subtrees.get(r.id) ?? []).reduce((sum, id) => sum + references.members(id), 0),
      deleted: r.deletedAt !== null,
    };
  });
};

export const toOrgView = async (db: Db, row: OrgRow) => (await toOrgViews(db, [row]))[0];

export const auditableOrg = (r: OrgRow) => ({
  parentId: r.parentId,
  name: r.name,
  level: r.level,
  kind: r.kind,
  regionCode: r.regionCode,
  establishedOn: r.establishedOn,
  sortOrder: r.sortOrder,
  deletedAt: r.deletedAt,
});
