import { randomUUID } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import { levelOfCode, regionPrefix } from '../../../contracts/region-code';
import type { Actor } from '../context';
import type { Db } from '../db/types';
import { sessions, users } from './tables';
import { newToken, tokenId } from './tokens';

export const SESSION_COOKIE = 'zx_session';
// last_seen_at is written at most this often, so reads do not turn into writes.
const TOUCH_EVERY_MS = 60_000;

export const actorOf = (user: typeof users.$inferSelect): Actor => ({
  userId: user.id,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  department: user.department ?? null,
  scopeCode: user.regionCode,
  scopePrefix: regionPrefix(user.regionCode, levelOfCode(user.regionCode)),
});

export const createSession = async (db: Db, userId: string, ip: string | null) => {
  const token = newToken();
  const csrfToken = newToken();
  await db.insert(sessions).values({ id: tokenId(token), userId, csrfToken, ip });
  return { token, csrfToken };
};

export interface LoadedSession {
  sessionId: string;
  csrfToken: string;
  user: typeof users.$inferSelect;
}

/** The session behind a cookie token, or null when unknown, idle too long or the user is disabled. */
export const loadSession = async (
  db: Db,
  token: string,
  idleMinutes: number,
): Promise<LoadedSession | null> => {
  const id = tokenId(token);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id))
    .limit(1);
  if (!row) return null;
  const now = Date.now();
  if (row.user.disabled || now - row.session.lastSeenAt.getTime() > idleMinutes * 60_000) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  if (now - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.id, id));
  }
  return { sessionId: id, csrfToken: row.session.csrfToken, user: row.user };
};

export const deleteSession = (db: Db, sessionId: string) =>
  db.delete(sessions).where(eq(sessions.id, sessionId));

export const deleteUserSessions = (db: Db, userId: string) =>
  db.delete(sessions).where(eq(sessions.userId, userId));

export const purgeIdleSessions = (db: Db, idleMinutes: number) =>
  db.delete(sessions).where(lt(sessions.lastSeenAt, new Date(Date.now() - idleMinutes * 60_000)));

export const newId = (): string => randomUUID();
