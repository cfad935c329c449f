import { and, eq, isNull } from 'drizzle-orm';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, NotFound } from '../../platform/errors';
import { householdSummaries } from '../households/lookups';
import { getMemberDetail } from './get-member';
import { loadMemberInScope } from './load-member';
import { memberContacts } from './tables';

const already = () => new Conflict('已联系该农户', [{ path: 'householdId', message: '已联系该农户' }]);

/** 党员联系农户: the household must lie in the caller's scope. */
export const addContact = (
  ctx: Ctx,
  memberId: string,
  body: { householdId: string; since?: string | null },
) =>
  inTransaction(ctx, async (tx) => {
    const member = await loadMemberInScope(tx, memberId, true);
    const household = (await householdSummaries(tx, [body.householdId])).get(body.householdId);
    if (!household) throw new NotFound('农户不存在或不在您的管辖范围内');
    const [existing] = await tx.db
      .select({ id: memberContacts.id })
      .from(memberContacts)
      .where(
        and(
          eq(memberContacts.memberId, member.id),
          eq(memberContacts.householdId, household.id),
          isNull(memberContacts.deletedAt),
        ),
      );
    if (existing) throw already();
    const [created] = await tx.db
      .insert(memberContacts)
      .values({
        id: newId(),
        memberId: member.id,
        householdId: household.id,
        regionCode: household.regionCode,
        since: body.since ?? null,
      })
      .onConflictDoNothing()
      .returning();
    if (!created) throw already();
    await writeAudit(tx.db, tx, {
      action: 'member.contact.add',
      entity: 'party_member',
      entityId: member.id,
      regionCode: member.regionCode,
      diff: auditDiff(null, {
        householdId: household.id,
        householdNo: household.householdNo,
        since: created.since,
      }),
    });
    return getMemberDetail(tx, member.id);
  });
