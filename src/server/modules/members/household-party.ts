import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { HouseholdParty } from '../../../contracts/api/household-file';
import type { Ctx } from '../../platform/context';
import { inScope, scopeOf } from '../../platform/scope';
import { personSummaries } from '../households/lookups';
import { orgSummaries } from '../org/lookups';
import { memberContacts, partyMembers } from './tables';

/**
 * The party side of one household for the one-household view: the members who contact it
 * (党员联系农户) and the household's own party members with their plaque (党员户挂牌), all in the
 * caller's scope. `personIds` are the household's living persons.
 */
export const householdParty = async (
  ctx: Ctx,
  householdId: string,
  personIds: string[],
): Promise<HouseholdParty> => {
  const scope = inScope(partyMembers.regionCode, scopeOf(ctx.actor));
  // Read-only and outside a transaction: the two reads, then names and branches, go out together.
  const [contacts, own] = await Promise.all([
    ctx.db
      .select({
        contactId: memberContacts.id,
        memberId: partyMembers.id,
        personId: partyMembers.personId,
        orgId: partyMembers.orgId,
        since: memberContacts.since,
      })
      .from(memberContacts)
      .innerJoin(partyMembers, eq(partyMembers.id, memberContacts.memberId))
      .where(
        and(
          eq(memberContacts.householdId, householdId),
          isNull(memberContacts.deletedAt),
          isNull(partyMembers.deletedAt),
          scope,
        ),
      )
      .orderBy(asc(memberContacts.createdAt), asc(memberContacts.id)),
    personIds.length
      ? ctx.db
          .select({
            memberId: partyMembers.id,
            personId: partyMembers.personId,
            orgId: partyMembers.orgId,
            status: partyMembers.status,
            plaque: partyMembers.plaque,
          })
          .from(partyMembers)
          .where(and(inArray(partyMembers.personId, personIds), isNull(partyMembers.deletedAt), scope))
          .orderBy(asc(partyMembers.joinedOn), asc(partyMembers.id))
      : [],
  ]);
  const everyone = [...contacts, ...own];
  if (everyone.length === 0) return { contactMembers: [], partyMembers: [] };
  const [people, orgs] = await Promise.all([
    personSummaries(
      ctx,
      everyone.map((m) => m.personId),
    ),
    orgSummaries(
      ctx,
      everyone.map((m) => m.orgId),
    ),
  ]);
  const branch = (orgId: string) => orgs.get(orgId)?.name ?? null;
  return {
    contactMembers: contacts.map((c) => ({
      contactId: c.contactId,
      memberId: c.memberId,
      name: people.get(c.personId)?.name ?? '',
      branchName: branch(c.orgId),
      since: c.since,
    })),
    partyMembers: own.map((m) => ({
      memberId: m.memberId,
      personId: m.personId,
      name: people.get(m.personId)?.name ?? '',
      branchName: branch(m.orgId),
      status: m.status,
      plaque: m.plaque,
    })),
  };
};
