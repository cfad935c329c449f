import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { MemberDetail } from '../../../contracts/api/members';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { householdSummaries } from '../households/lookups';
import { orgNames } from '../org/load-org';
import { inSequence } from './in-sequence';
import { loadMemberInScope } from './load-member';
import { toMemberView } from './member-view';
import { memberContacts, memberTransfers } from './tables';

const OUTSIDE = '（辖区外党组织）';

/** A member with the branch transfers (newest first) and the households the member contacts. */
export const getMemberDetail = async (ctx: Ctx, memberId: string): Promise<MemberDetail> => {
  const member = await loadMemberInScope(ctx, memberId);
  const [transfers, contacts] = await inSequence([
    () =>
      ctx.db
        .select()
        .from(memberTransfers)
        .where(eq(memberTransfers.memberId, memberId))
        .orderBy(desc(memberTransfers.transferredOn), desc(memberTransfers.createdAt)),
    () =>
      ctx.db
        .select()
        .from(memberContacts)
        .where(
          and(
            eq(memberContacts.memberId, memberId),
            isNull(memberContacts.deletedAt),
            inScope(memberContacts.regionCode, scopeOf(ctx.actor)),
          ),
        )
        .orderBy(asc(memberContacts.createdAt)),
  ]);
  const [orgs, households] = await inSequence([
    () =>
      orgNames(
        ctx,
        ctx.db,
        transfers.flatMap((t) => [t.fromOrgId, t.toOrgId]),
      ),
    () =>
      householdSummaries(
        ctx,
        contacts.map((c) => c.householdId),
      ),
  ]);
  return {
    ...(await toMemberView(ctx, member)),
    transfers: transfers.map((t) => ({
      id: t.id,
      fromOrgName: orgs.get(t.fromOrgId) ?? OUTSIDE,
      toOrgName: orgs.get(t.toOrgId) ?? OUTSIDE,
      transferredOn: t.transferredOn,
      reason: t.reason,
    })),
    contacts: contacts.flatMap((c) => {
      const h = households.get(c.householdId);
      return h
        ? [{ id: c.id, householdId: h.id, householdNo: h.householdNo, headName: h.headName, since: c.since }]
        : [];
    }),
  };
};
