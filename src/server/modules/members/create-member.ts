import { and, eq, isNull } from 'drizzle-orm';
import type { CreateMemberBody } from '../../../contracts/api/members';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, invalidField } from '../../platform/errors';
import { getPersonInScope } from '../households/lookups';
import { loadLiveOrgInScope } from '../org/load-org';
import { mayHoldMembers } from '../org/policy';
import { auditableMember, toMemberView } from './member-view';
import { memberDateWarnings } from './policy';
import { partyMembers } from './tables';

const alreadyMember = () => new Conflict('此人已是党员', [{ path: 'personId', message: '此人已是党员' }]);

/** Inserts the member row inside the caller's transaction (used by the pipeline too). */
export const insertMember = async (tx: Ctx, body: CreateMemberBody) => {
  memberDateWarnings(body);
  await getPersonInScope(tx, body.personId);
  const org = await loadLiveOrgInScope(tx, tx.db, body.orgId);
  if (!mayHoldMembers(org.level as 'group'))
    throw invalidField('orgId', '党员须编入党委、党总支或党支部，不能直接编入党小组');
  const [existing] = await tx.db
    .select({ id: partyMembers.id })
    .from(partyMembers)
    .where(and(eq(partyMembers.personId, body.personId), isNull(partyMembers.deletedAt)));
  if (existing) throw alreadyMember();
  const [created] = await tx.db
    .insert(partyMembers)
    .values({
      id: newId(),
      personId: body.personId,
      orgId: org.id,
      // The member's region is the branch's: whoever keeps the branch keeps its members.
      regionCode: org.regionCode,
      status: body.status,
      joinedOn: body.joinedOn,
      fullOn: body.fullOn ?? null,
      post: body.post || null,
      postDuty: body.postDuty || null,
      commitment: body.commitment || null,
      commitmentStatus: body.commitmentStatus ?? null,
      plaque: body.plaque ?? false,
    })
    .onConflictDoNothing()
    .returning();
  if (!created) throw alreadyMember();
  await writeAudit(tx.db, tx, {
    action: 'member.create',
    entity: 'party_member',
    entityId: created.id,
    regionCode: created.regionCode,
    diff: auditDiff(null, auditableMember(created)),
  });
  return created;
};

export const createMember = (ctx: Ctx, body: CreateMemberBody) =>
  inTransaction(ctx, async (tx) => toMemberView(tx, await insertMember(tx, body)));
