import { and, count, desc, eq, gte, lt, max } from 'drizzle-orm';
import { newId } from '../../platform/auth/session';
import { loginFailures } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/types';
import { AppError } from '../../platform/errors';

// Log-in throttling. Failures are counted per (account, client address): a stranger who guesses
// a password slows down only their own pair, never the owner's log-in from another address.
// After FREE_FAILURES failures of a pair within a day each further failure makes the pair wait,
// doubling from one minute up to an hour, so a pair gets about 30 guesses a day. An address is
// also held for a quarter of an hour after ADDRESS_MAX_FAILURES failures across all accounts
// (unknown names too). A successful log-in clears its pair. Counted in the database, so it
// holds across server instances and restarts.

export const FREE_FAILURES = 5;
export const PAIR_MEMORY_MS = 24 * 60 * 60_000;
export const MAX_DELAY_MS = 60 * 60_000;
export const ADDRESS_MAX_FAILURES = 30;
export const ADDRESS_WINDOW_MS = 15 * 60_000;

/** How long a pair waits after its `failures`-th failure (0 below the free allowance). */
export const pairDelayMs = (failures: number): number =>
  failures < FREE_FAILURES ? 0 : Math.min(60_000 * 2 ** (failures - FREE_FAILURES), MAX_DELAY_MS);

const waitText = (until: Date) => {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  const hhmm = until.toLocaleTimeString('zh-CN', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Shanghai',
  });
  return `请于 ${hhmm}（约 ${minutes} 分钟后）再试`;
};

export const pairLockedError = (until: Date) =>
  new AppError(
    423,
    'ACCOUNT_LOCKED',
    `此账号在本设备上登录失败次数过多，${waitText(until)}；忘记密码请联系管理员重置。其他设备上的登录不受影响`,
  );

const addressLimitedError = (until: Date) =>
  new AppError(429, 'RATE_LIMITED', `本地址登录失败次数过多，${waitText(until)}`);

const ipOf = (ip: string | null) => ip ?? '';
const pairOf = (userId: string, ip: string | null) =>
  and(eq(loginFailures.userId, userId), eq(loginFailures.ip, ipOf(ip)));

/** The pair's recent failures, and until when it must wait (null: it may try now). */
export const pairState = async (db: Db, userId: string, ip: string | null) => {
  const since = new Date(Date.now() - PAIR_MEMORY_MS);
  const [row] = await db
    .select({ failures: count(), last: max(loginFailures.at) })
    .from(loginFailures)
    .where(and(pairOf(userId, ip), gte(loginFailures.at, since)));
  const last = row.last ? new Date(row.last) : null;
  const until = last && new Date(last.getTime() + pairDelayMs(row.failures));
  return { failures: row.failures, until: until && until > new Date() ? until : null };
};

/** Refuses an account and address pair that must still wait. */
export const assertPairMayTry = async (db: Db, userId: string, ip: string | null) => {
  const { until } = await pairState(db, userId, ip);
  if (until) throw pairLockedError(until);
};

/** Refuses an address with too many recent failures across accounts. */
export const assertAddressMayTry = async (db: Db, ip: string | null) => {
  const [oldest] = await db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(
      and(eq(loginFailures.ip, ipOf(ip)), gte(loginFailures.at, new Date(Date.now() - ADDRESS_WINDOW_MS))),
    )
    .orderBy(desc(loginFailures.at))
    .offset(ADDRESS_MAX_FAILURES - 1)
    .limit(1);
  if (oldest) throw addressLimitedError(new Date(new Date(oldest.at).getTime() + ADDRESS_WINDOW_MS));
};

/** Records a failure (of a known account or an unknown name) and forgets the address's old ones. */
export const recordFailure = async (db: Db, userId: string | null, ip: string | null) => {
  await db.insert(loginFailures).values({ id: newId(), userId, ip: ipOf(ip) });
  await db
    .delete(loginFailures)
    .where(and(eq(loginFailures.ip, ipOf(ip)), lt(loginFailures.at, new Date(Date.now() - PAIR_MEMORY_MS))));
};

/** A successful log-in forgets its own pair's failures, and only those. */
export const clearPair = (db: Db, userId: string, ip: string | null) =>
  db.delete(loginFailures).where(pairOf(userId, ip));
