import { eq } from 'drizzle-orm';
import type { UpdateMemberBody } from '../../../contracts/api/members';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { loadMemberInScope } from './load-member';
import { auditableMember, type MemberRow, toMemberView } from './member-view';
import { memberDateWarnings } from './policy';
import { partyMembers } from './tables';

/** Writes changed member fields and the audit row, inside the caller's transaction. */
export const changeMember = async (
  tx: Ctx,
  before: MemberRow,
  changes: Partial<MemberRow>,
  action: string,
) => {
  const merged = { ...before, ...changes };
  memberDateWarnings({ status: merged.status as 'full', joinedOn: merged.joinedOn, fullOn: merged.fullOn });
  const [after] = await tx.db
    .update(partyMembers)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(partyMembers.id, before.id))
    .returning();
  const diff = auditDiff(auditableMember(before), auditableMember(after));
  if (diff)
    await writeAudit(tx.db, tx, {
      action,
      entity: 'party_member',
      entityId: after.id,
      regionCode: after.regionCode,
      diff,
    });
  return after;
};

/** Status, dates, post (设岗定责), commitment (一句话承诺) and plaque; the branch changes by transfer. */
export const updateMember = (ctx: Ctx, memberId: string, body: UpdateMemberBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadMemberInScope(tx, memberId, true);
    const changes: Partial<MemberRow> = { ...body, plaque: body.plaque ?? before.plaque };
    for (const key of ['post', 'postDuty', 'commitment'] as const) if (body[key] === '') changes[key] = null;
    return toMemberView(tx, await changeMember(tx, before, changes, 'member.update'));
  });
