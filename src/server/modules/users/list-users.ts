import { and, asc, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { listUsersQuerySchema } from '../../../contracts/api/users';
import { PHONE_PATTERN } from '../../../contracts/pii';
import { users } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';
import { escapeLike } from '../../platform/db/like';
import { inScope, scopeOf, underRegion } from '../../platform/scope';
import { toUserViews } from './user-view';

type Query = z.infer<typeof listUsersQuerySchema>;

const SORT_COLUMNS = {
  username: users.username,
  displayName: users.displayName,
  createdAt: users.createdAt,
  role: users.role,
} as const;

/** Accounts inside the caller's scope, paginated and sorted on the server. */
export const listUsers = async (ctx: Ctx, query: Query) => {
  const scope = scopeOf(ctx.actor);
  const conditions: (SQL | undefined)[] = [inScope(users.regionCode, scope)];
  if (query.regionCode) conditions.push(underRegion(users.regionCode, query.regionCode));
  if (query.role) conditions.push(eq(users.role, query.role));
  if (query.q && PHONE_PATTERN.test(query.q)) {
    // A whole phone number is looked up through its blind index, never by decrypting.
    conditions.push(eq(users.phoneIdx, ctx.pii.blindIndex('phone', query.q)));
  } else if (query.q) {
    const term = `%${escapeLike(query.q)}%`;
    conditions.push(or(ilike(users.username, term), ilike(users.displayName, term)));
  }
  const where = and(...conditions);
  const order = query.order === 'asc' ? asc : desc;
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(users)
      .where(where)
      .orderBy(order(SORT_COLUMNS[query.sort]), asc(users.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(users).where(where),
  ]);
  return {
    items: await toUserViews(ctx, rows),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
};
