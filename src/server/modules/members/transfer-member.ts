import type { TransferMemberBody } from '../../../contracts/api/members';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { loadLiveOrgInScope } from '../org/load-org';
import { mayHoldMembers } from '../org/policy';
import { loadMemberInScope } from './load-member';
import { toMemberView } from './member-view';
import { memberTransfers } from './tables';
import { changeMember } from './update-member';

/** 组织关系转接: moves a member to another branch in scope; the history row stays. */
export const transferMember = (ctx: Ctx, memberId: string, body: TransferMemberBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadMemberInScope(tx, memberId, true);
    const to = await loadLiveOrgInScope(tx, tx.db, body.toOrgId);
    if (to.id === before.orgId) throw invalidField('toOrgId', '转入党组织与当前党组织相同');
    if (!mayHoldMembers(to.level as 'group')) throw invalidField('toOrgId', '党员须编入党委、党总支或党支部');
    if (body.transferredOn < before.joinedOn) throw invalidField('transferredOn', '转接日期不能早于入党日期');
    await tx.db.insert(memberTransfers).values({
      id: newId(),
      memberId,
      fromOrgId: before.orgId,
      toOrgId: to.id,
      regionCode: to.regionCode,
      transferredOn: body.transferredOn,
      reason: body.reason || null,
    });
    const after = await changeMember(
      tx,
      before,
      { orgId: to.id, regionCode: to.regionCode },
      'member.transfer',
    );
    return toMemberView(tx, after);
  });
