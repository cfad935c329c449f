import { eq } from 'drizzle-orm';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict } from '../../platform/errors';
import { loadLiveOrgInScope, loadOrgInScope } from './load-org';
import { auditableOrg, childCounts, toOrgView } from './org-view';
import { assertDeletable } from './policy';
import { orgReferences } from './references';
import { partyOrgs } from './tables';

const setDeleted = async (ctx: Ctx, orgId: string, deletedAt: Date | null) => {
  const [after] = await ctx.db
    .update(partyOrgs)
    .set({ deletedAt, updatedAt: new Date() })
    .where(eq(partyOrgs.id, orgId))
    .returning();
  return after;
};

/** Soft delete, refused while children, members, development records or any other record hang on it. */
export const deleteOrg = (ctx: Ctx, orgId: string) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadLiveOrgInScope(tx, tx.db, orgId, true);
    const references = await orgReferences(tx.db, [orgId]);
    const members = references.members(orgId);
    const records = references.of('members.development', orgId);
    assertDeletable({
      children: (await childCounts(tx.db, [orgId])).get(orgId) ?? 0,
      members,
      records,
      others: references.total(orgId) - members - records,
    });
    const after = await setDeleted(tx, orgId, new Date());
    await writeAudit(tx.db, tx, {
      action: 'org.delete',
      entity: 'party_org',
      entityId: orgId,
      regionCode: after.regionCode,
      diff: auditDiff(auditableOrg(before), auditableOrg(after)),
    });
    return toOrgView(tx.db, after);
  });

/** Undo a delete; the parent must be alive (restore it first). */
export const restoreOrg = (ctx: Ctx, orgId: string) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadOrgInScope(tx, tx.db, orgId, true);
    if (!before.deletedAt) throw new Conflict('该党组织未被删除');
    if (before.parentId) {
      const [parent] = await tx.db.select().from(partyOrgs).where(eq(partyOrgs.id, before.parentId));
      if (parent?.deletedAt) throw new Conflict('上级党组织已删除，请先恢复上级党组织');
    }
    const after = await setDeleted(tx, orgId, null);
    await writeAudit(tx.db, tx, {
      action: 'org.restore',
      entity: 'party_org',
      entityId: orgId,
      regionCode: after.regionCode,
      diff: auditDiff(auditableOrg(before), auditableOrg(after)),
    });
    return toOrgView(tx.db, after);
  });
