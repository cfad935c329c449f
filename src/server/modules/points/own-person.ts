import { eq } from 'drizzle-orm';
import { users } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';

/** The person record linked to the logged-in account (a member's or villager's own), if any. */
export const ownPersonId = async (ctx: Ctx): Promise<string | null> => {
  const [row] = await ctx.db
    .select({ personId: users.personId })
    .from(users)
    .where(eq(users.id, ctx.actor.userId));
  return row?.personId ?? null;
};
