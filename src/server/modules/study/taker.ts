import { eq } from 'drizzle-orm';
import { users } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';
import { hasCadreRecord } from '../cadres/create-cadre';
import { memberOfPerson, memberSummaries } from '../members/lookups';
import type { TakerFacts } from './policy';

// Who the logged-in account is in the registries: its person (users.person_id), that person's
// party-member record (branch and village) and whether the person has a cadre record. A test's
// audience and a person's branch in the scores come from these links, never from app activity.

export interface Taker extends TakerFacts {
  name: string;
  personId: string | null;
}

export const takerOf = async (ctx: Ctx): Promise<Taker> => {
  const [row] = await ctx.db
    .select({ personId: users.personId })
    .from(users)
    .where(eq(users.id, ctx.actor.userId));
  const personId = row?.personId ?? null;
  const memberId = personId ? await memberOfPerson(ctx, personId) : null;
  const member = memberId ? (await memberSummaries(ctx, [memberId])).get(memberId) : undefined;
  return {
    role: ctx.actor.role,
    scopeCode: ctx.actor.scopeCode,
    member: member ? { id: member.id, orgId: member.orgId, regionCode: member.regionCode } : null,
    cadreRecord: personId ? await hasCadreRecord(ctx, personId) : false,
    name: member?.name || ctx.actor.displayName,
    personId,
  };
};
