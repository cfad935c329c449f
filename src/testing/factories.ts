import { and, asc, eq, like } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Department, Role } from '../contracts/roles';
import { regions } from '../server/modules/regions/tables';
import { hashPassword } from '../server/platform/auth/password';
import { actorOf, newId } from '../server/platform/auth/session';
import { users } from '../server/platform/auth/tables';
import type { Ctx } from '../server/platform/context';
import type { Db } from '../server/platform/db/types';
import type { Services } from '../server/platform/http/types';

/** The villages under a township or county (its 12-digit code), in code order. */
export const villagesUnder = async (db: Db, prefixRegion: string) => {
  const prefix = prefixRegion.replace(/(000)+$/, '');
  return db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(like(regions.code, `${prefix}%`), eq(regions.level, 'village')))
    .orderBy(regions.code);
};

export const TEST_PASSWORD = 'Zhenxing-test-2026';

/** The regions tests use: two townships of 田东 ("own" and "other") and a village of 凌云 (another county). */
export const testRegions = async (db: Db) => {
  const county = '451022000000';
  const townships = await db
    .select()
    .from(regions)
    .where(eq(regions.parentCode, county))
    .orderBy(asc(regions.code));
  const firstVillage = async (parent: string) => {
    const [v] = await db
      .select()
      .from(regions)
      .where(and(eq(regions.parentCode, parent), eq(regions.level, 'village')))
      .orderBy(asc(regions.code))
      .limit(1);
    return v;
  };
  const [lingyunTownship] = await db
    .select()
    .from(regions)
    .where(eq(regions.parentCode, '451027000000'))
    .orderBy(asc(regions.code))
    .limit(1);
  return {
    county,
    ownTownship: townships[0],
    ownVillage: await firstVillage(townships[0].code),
    otherTownship: townships[1],
    otherVillage: await firstVillage(townships[1].code),
    otherCounty: '451027000000',
    otherCountyTownship: lingyunTownship,
    otherCountyVillage: await firstVillage(lingyunTownship.code),
  };
};

const hashes = new Map<string, Promise<string>>();
let sequence = 0;

export interface UserOverrides {
  username?: string;
  displayName?: string;
  role: Role;
  regionCode: string;
  department?: Department | null;
  password?: string;
  phone?: string | null;
  mustChangePassword?: boolean;
}

/** Inserts an account directly (no admin needed); the password defaults to TEST_PASSWORD. */
export const makeUser = async (services: Services, o: UserOverrides) => {
  const password = o.password ?? TEST_PASSWORD;
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  const [row] = await services.database.db
    .insert(users)
    .values({
      id: newId(),
      username: o.username ?? `u${process.pid}x${++sequence}`,
      displayName: o.displayName ?? `测试用户${sequence}`,
      role: o.role,
      regionCode: o.regionCode,
      department: o.department ?? (o.role === 'department' ? 'civil_affairs' : null),
      passwordHash: await hashes.get(password)!,
      mustChangePassword: o.mustChangePassword ?? false,
      phoneEnc: o.phone ? services.pii.encrypt(o.phone) : null,
      phoneIdx: o.phone ? services.pii.blindIndex('phone', o.phone) : null,
    })
    .returning();
  return { ...row, password };
};

export interface Session {
  cookie: string;
  csrf: string;
  request: (
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, payload?: unknown, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;
  patch: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
}

/** Logs in through the API and returns a client that sends the cookie and the CSRF token. */
export const loginAs = async (
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<Session> => {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = res.json().csrfToken as string;
  const request: Session['request'] = (method, url, payload, headers = {}) => {
    const options: InjectOptions = { method, url, headers: { ...headers, cookie, 'x-csrf-token': csrf } };
    if (payload !== undefined) options.payload = payload as InjectOptions['payload'];
    return app.inject(options);
  };
  return {
    cookie,
    csrf,
    request,
    get: (url) => request('GET', url),
    post: (url, payload, headers) => request('POST', url, payload ?? {}, headers),
    patch: (url, payload) => request('PATCH', url, payload ?? {}),
  };
};

/** A new account of `role` scoped to `regionCode`, logged in. */
export const sessionAs = async (app: FastifyInstance, services: Services, role: Role, regionCode: string) =>
  loginAs(app, (await makeUser(services, { role, regionCode })).username);

/** The use-case context of an account, for tests that call use cases directly. */
export const ctxOf = (services: Services, user: typeof users.$inferSelect): Ctx => ({
  db: services.database.db,
  actor: actorOf(user),
  meta: { requestId: `test-${user.username}`, ip: null },
  pii: services.pii,
});
