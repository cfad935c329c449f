import { randomInt } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { usernameSchema } from '../../../contracts/api/users';
import type { Role } from '../../../contracts/roles';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { hashPassword } from '../../platform/auth/password';
import { newId } from '../../platform/auth/session';
import { users } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/types';
import { Conflict, invalidField } from '../../platform/errors';
import type { PiiCipher } from '../../platform/pii/crypto';
import { ensureAdminRegion } from '../regions/ensure-region';
import { assertScopeFitsRole } from './policy';
import { auditableUser } from './user-view';

// The installation's first administrators (npm run admin -- create …): no one is logged in yet,
// so the system creates them, audited with no actor, with a one-time password shown once.

export type AdminRole = Extract<Role, 'county_admin' | 'region_admin'>;

export interface CreateAdminInput {
  username: string;
  /** 12-digit code: a county for a county admin, a city or province for a region admin. */
  regionCode: string;
  role: AdminRole;
  displayName?: string;
}

const SYSTEM = { actor: null, meta: { requestId: `cli-admin-${process.pid}`, ip: null } };
// No 0/O, 1/l/I: the password is read off a terminal and typed once.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 16 random characters in four groups, with at least one letter and one digit (the password rule). */
export const oneTimePassword = (): string => {
  for (;;) {
    const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    if (/\d/.test(chars) && /[A-Za-z]/.test(chars)) return chars.match(/.{4}/g)!.join('-');
  }
};

/** Accounts in the database: none means the installation still needs its first administrator. */
export const accountCount = async (db: Db): Promise<number> =>
  (await db.select({ n: count() }).from(users))[0].n;

/**
 * Imports the administrator's region if it is missing, then creates the account with a random
 * password that must be changed at the first log-in. Returns the password (shown once).
 */
export const createAdmin = async (db: Db, pii: PiiCipher, input: CreateAdminInput) => {
  const parsed = usernameSchema.safeParse(input.username);
  if (!parsed.success) throw invalidField('username', parsed.error.issues[0].message);
  const username = parsed.data.toLowerCase();
  assertScopeFitsRole(input.role, input.regionCode, null);
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (taken)
    throw new Conflict(`用户名 ${username} 已被使用`, [{ path: 'username', message: '用户名已被使用' }]);
  const region = await ensureAdminRegion(db, SYSTEM, input.regionCode);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const user = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({
        id: newId(),
        username,
        displayName: input.displayName?.trim() || `${region.name}管理员`,
        role: input.role,
        regionCode: input.regionCode,
        passwordHash,
        mustChangePassword: true,
      })
      .onConflictDoNothing({ target: users.username })
      .returning();
    if (!created) throw new Conflict(`用户名 ${username} 已被使用`);
    await writeAudit(tx as unknown as Db, SYSTEM, {
      action: 'user.create',
      entity: 'user',
      entityId: created.id,
      regionCode: created.regionCode,
      diff: auditDiff(null, { ...auditableUser(created, pii), source: 'cli' }),
    });
    return created;
  });
  return { user, password, region };
};
