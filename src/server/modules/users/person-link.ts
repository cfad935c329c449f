import { and, eq, ne } from 'drizzle-orm';
import { users } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';
import { invalidField, NotFound } from '../../platform/errors';
import { isUnder } from '../../platform/scope';
import { getPersonInScope } from '../households/lookups';

/**
 * The person an account stands for (a party member's or villager's own record): one living person
 * of the caller's scope, inside the account's own scope, linked to no other account.
 */
export const assertPersonLink = async (ctx: Ctx, personId: string, scopeCode: string, userId?: string) => {
  const person = await getPersonInScope(ctx, personId).catch((error) => {
    if (error instanceof NotFound) throw invalidField('personId', '人员不存在或不在您的管辖范围内');
    throw error;
  });
  if (!isUnder(person.regionCode, scopeCode)) throw invalidField('personId', '该人员不在账号的管辖区域内');
  const [taken] = await ctx.db
    .select({ username: users.username })
    .from(users)
    .where(and(eq(users.personId, personId), userId ? ne(users.id, userId) : undefined))
    .limit(1);
  if (taken) throw invalidField('personId', `该人员已关联账号 ${taken.username}`);
};
