import { and, eq, isNull } from 'drizzle-orm';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { inScope, scopeOf } from '../../platform/scope';
import { getMemberDetail } from './get-member';
import { loadMemberInScope } from './load-member';
import { memberContacts } from './tables';

/** Ends a contact (soft delete keeps the history of who contacted whom). */
export const removeContact = (ctx: Ctx, memberId: string, contactId: string) =>
  inTransaction(ctx, async (tx) => {
    const member = await loadMemberInScope(tx, memberId, true);
    const [removed] = await tx.db
      .update(memberContacts)
      .set({ deletedAt: new Date(), updatedAt: new Date() })
      .where(
        and(
          eq(memberContacts.id, contactId),
          eq(memberContacts.memberId, member.id),
          inScope(memberContacts.regionCode, scopeOf(tx.actor)),
          isNull(memberContacts.deletedAt),
        ),
      )
      .returning();
    if (!removed) throw new NotFound('联系记录不存在或无权访问');
    await writeAudit(tx.db, tx, {
      action: 'member.contact.remove',
      entity: 'party_member',
      entityId: member.id,
      regionCode: member.regionCode,
      diff: auditDiff({ householdId: removed.householdId, since: removed.since }, null),
    });
    return getMemberDetail(tx, member.id);
  });
