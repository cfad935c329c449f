import { eq } from 'drizzle-orm';
import type { UpdateOrgBody } from '../../../contracts/api/org';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { loadLiveOrgInScope } from './load-org';
import { auditableOrg, toOrgView } from './org-view';
import { assertNameFree } from './sibling-name';
import { partyOrgs } from './tables';

/** Name, kind, founding date and order; level and place in the tree stay as created. */
export const updateOrg = (ctx: Ctx, orgId: string, body: UpdateOrgBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadLiveOrgInScope(tx, tx.db, orgId, true);
    if (body.name && body.name !== before.name)
      await assertNameFree(
        tx.db,
        { parentId: before.parentId, regionCode: before.regionCode, name: body.name },
        orgId,
      );
    const [after] = await tx.db
      .update(partyOrgs)
      .set({ ...body, updatedAt: new Date() })
      .where(eq(partyOrgs.id, orgId))
      .returning();
    const diff = auditDiff(auditableOrg(before), auditableOrg(after));
    if (diff)
      await writeAudit(tx.db, tx, {
        action: 'org.update',
        entity: 'party_org',
        entityId: orgId,
        regionCode: after.regionCode,
        diff,
      });
    return toOrgView(tx.db, after);
  });
