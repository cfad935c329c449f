import type { CreateOrgBody } from '../../../contracts/api/org';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { assertRegionUsable, loadLiveOrgInScope } from './load-org';
import { auditableOrg, toOrgView } from './org-view';
import { assertFitsParent } from './policy';
import { assertNameFree } from './sibling-name';
import { partyOrgs } from './tables';

/**
 * A new party organization, under a parent in scope (its level below, its region inside), named
 * unlike its siblings.
 */
export const createOrg = (ctx: Ctx, body: CreateOrgBody) =>
  inTransaction(ctx, async (tx) => {
    await assertRegionUsable(tx, tx.db, body.regionCode);
    if (body.parentId) {
      const parent = await loadLiveOrgInScope(tx, tx.db, body.parentId);
      assertFitsParent(parent as Parameters<typeof assertFitsParent>[0], body);
    }
    await assertNameFree(tx.db, {
      parentId: body.parentId ?? null,
      regionCode: body.regionCode,
      name: body.name,
    });
    const [created] = await tx.db
      .insert(partyOrgs)
      .values({
        id: newId(),
        parentId: body.parentId ?? null,
        name: body.name,
        level: body.level,
        kind: body.kind,
        regionCode: body.regionCode,
        establishedOn: body.establishedOn ?? null,
        sortOrder: body.sortOrder ?? 0,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'org.create',
      entity: 'party_org',
      entityId: created.id,
      regionCode: created.regionCode,
      diff: auditDiff(null, auditableOrg(created)),
    });
    return toOrgView(tx.db, created);
  });
