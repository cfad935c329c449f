import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { auditLog } from '../../platform/audit/tables';
import { loginFailures } from '../../platform/auth/tables';
import { auditActions, closeHarness, db, grid, h, openHarness, sessionCount } from './auth-test-kit';
import { ADDRESS_MAX_FAILURES, FREE_FAILURES } from './login-throttle';

beforeAll(openHarness);
afterAll(closeHarness);

// Each test guesses from its own address: the address limit counts failures across accounts.
let strangers = 0;
const nextStranger = () => `203.0.113.${++strangers}`;
const OWNER = '198.51.100.7';
const from = (ip: string, username: string, password: string) =>
  h.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });
const guess = (ip: string, username: string, times: number) =>
  (async () => {
    const statuses: number[] = [];
    for (let i = 0; i < times; i++) statuses.push((await from(ip, username, `Wrong-pass-${i}`)).statusCode);
    return statuses;
  })();
/** Moves the pair's failures into the past, as if `ms` had gone by. */
const age = async (userId: string, ip: string, ms: number) => {
  const rows = await db()
    .select()
    .from(loginFailures)
    .where(and(eq(loginFailures.userId, userId), eq(loginFailures.ip, ip)));
  for (const row of rows)
    await db()
      .update(loginFailures)
      .set({ at: new Date(row.at.getTime() - ms) })
      .where(eq(loginFailures.id, row.id));
};

describe('log-in throttling per account and address', () => {
  it('makes an address wait after 5 wrong passwords for an account, the right one included', async () => {
    const stranger = nextStranger();
    const user = await grid();
    expect(await guess(stranger, user.username, FREE_FAILURES - 1)).toEqual([401, 401, 401, 401]);
    const fifth = await from(stranger, user.username, 'Wrong-pass-1');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    expect(fifth.json().message).toMatch(/登录失败次数过多，请于 \d\d:\d\d（约 1 分钟后）再试/);
    const right = await from(stranger, user.username, TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.headers['set-cookie']).toBeUndefined();
    expect(await sessionCount(user.id)).toBe(0);
  });

  it('cannot lock the owner out: a stranger guessing from one address leaves the log-in from another alone', async () => {
    const stranger = nextStranger();
    const user = await grid();
    await guess(stranger, user.username, 3 * FREE_FAILURES);
    expect((await from(stranger, user.username, TEST_PASSWORD)).statusCode).toBe(423);
    const owner = await from(OWNER, user.username, TEST_PASSWORD);
    expect(owner.statusCode).toBe(200);
    expect(await sessionCount(user.id)).toBe(1);
    // The owner's log-in does not give the stranger new guesses either.
    expect((await from(stranger, user.username, 'Wrong-pass-1')).statusCode).toBe(423);
  });

  it('makes each further failure of the pair wait longer, doubling up to an hour', async () => {
    const stranger = nextStranger();
    const user = await grid();
    await guess(stranger, user.username, FREE_FAILURES);
    const waits: string[] = [];
    for (let i = 0; i < 8; i++) {
      await age(user.id, stranger, 61 * 60_000); // the pair's wait is over …
      const res = await from(stranger, user.username, 'Wrong-pass-1'); // … and it guesses again
      expect(res.statusCode).toBe(423);
      waits.push(res.json().message.match(/约 (\d+) 分钟/)[1]);
    }
    expect(waits).toEqual(['2', '4', '8', '16', '32', '60', '60', '60']);
  });

  it('tells the user how many attempts are left once few remain', async () => {
    const stranger = nextStranger();
    const user = await grid();
    await from(stranger, user.username, 'Wrong-pass-1');
    const second = await from(stranger, user.username, 'Wrong-pass-1');
    expect(second.json().message).toBe('用户名或密码错误，还可尝试 3 次，之后需等待');
  });

  it('forgets failures older than a day', async () => {
    const stranger = nextStranger();
    const user = await grid();
    await guess(stranger, user.username, FREE_FAILURES - 1);
    await age(user.id, stranger, 24 * 60 * 60_000 + 60_000);
    expect(await guess(stranger, user.username, FREE_FAILURES - 1)).toEqual([401, 401, 401, 401]);
  });

  it('lets the pair in once its wait is over, and a success forgets its failures', async () => {
    const stranger = nextStranger();
    const user = await grid();
    await guess(stranger, user.username, FREE_FAILURES);
    await age(user.id, stranger, 2 * 60_000);
    expect((await from(stranger, user.username, TEST_PASSWORD)).statusCode).toBe(200);
    expect(await db().select().from(loginFailures).where(eq(loginFailures.userId, user.id))).toEqual([]);
    expect(await guess(stranger, user.username, FREE_FAILURES - 1)).toEqual([401, 401, 401, 401]);
  });

  it('forgets only its own pair on success: another address keeps waiting', async () => {
    const stranger = nextStranger();
    const user = await grid();
    await guess(stranger, user.username, FREE_FAILURES);
    await guess(OWNER, user.username, 2);
    expect((await from(OWNER, user.username, TEST_PASSWORD)).statusCode).toBe(200);
    const left = await db().select().from(loginFailures).where(eq(loginFailures.userId, user.id));
    expect(left.map((r) => r.ip)).toEqual(Array(FREE_FAILURES).fill(stranger));
  });

  it('holds an address that fails across many accounts, and only that address', async () => {
    const address = '192.0.2.44';
    const user = await grid();
    const names = Array.from({ length: ADDRESS_MAX_FAILURES }, (_, i) => `nobody-${i}`);
    for (const name of names) expect((await from(address, name, 'Wrong-pass-1')).statusCode).toBe(401);
    const refused = await from(address, user.username, TEST_PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.json().message).toMatch(/本地址登录失败次数过多，请于 \d\d:\d\d（约 15 分钟后）再试/);
    expect((await from(OWNER, user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('opens no session for the right password once parallel guesses have made the address wait', async () => {
    const stranger = nextStranger();
    const user = await grid();
    await guess(stranger, user.username, FREE_FAILURES - 1);
    // A burst of guesses sent at once, the right password among them: the wait that the first
    // wrong guess sets must hold for a right guess that finishes after it.
    const guesses = Array.from({ length: 12 }, (_, i) => (i === 6 ? TEST_PASSWORD : `Wrong-pass-${i}`));
    const results = await Promise.all(guesses.map((p) => from(stranger, user.username, p)));
    const right = results[6];
    const rows = await db()
      .select({ action: auditLog.action, seq: auditLog.seq })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, user.id), inArray(auditLog.action, ['auth.login', 'auth.locked'])))
      .orderBy(auditLog.seq);
    const firstLock = rows.find((r) => r.action === 'auth.locked');
    expect(firstLock).toBeDefined();
    if (right.statusCode === 200) {
      const loginRow = rows.find((r) => r.action === 'auth.login')!;
      expect(loginRow.seq).toBeLessThan(firstLock!.seq);
    } else {
      expect(right.statusCode).toBe(423);
      expect(await sessionCount(user.id)).toBe(0);
    }
    expect(results.filter((r) => r.statusCode === 401).length).toBeLessThan(FREE_FAILURES);
  });

  it('audits successful logins, failures and the wait on the account', async () => {
    const stranger = nextStranger();
    const user = await grid();
    await from(stranger, user.username, TEST_PASSWORD);
    await guess(stranger, user.username, FREE_FAILURES);
    const actions = await auditActions(user.id);
    expect(actions.filter((a) => a === 'auth.login')).toHaveLength(1);
    expect(actions.filter((a) => a === 'auth.login_failed')).toHaveLength(FREE_FAILURES - 1);
    expect(actions.filter((a) => a === 'auth.locked')).toHaveLength(1);
    const [locked] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, 'auth.locked')));
    expect(locked).toMatchObject({
      actorName: user.username,
      regionCode: user.regionCode,
      ip: stranger,
      diff: { failures: 5, minutes: 1 },
    });
    expect(JSON.stringify(locked.diff)).not.toContain('Wrong-pass-1');
  });
});

describe('behind a reverse proxy (TRUST_PROXY=true)', () => {
  let proxied: TestHarness;
  beforeAll(async () => {
    proxied = await createHarness({ env: { TRUST_PROXY: 'true' } });
  });
  afterAll(() => proxied.close());

  it('tells clients apart by X-Forwarded-For', async () => {
    const stranger = nextStranger();
    const { ownVillage } = await testRegions(proxied.services.database.db);
    const user = await makeUser(proxied.services, { role: 'grid_worker', regionCode: ownVillage.code });
    const via = (client: string, password: string) =>
      proxied.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password },
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': client },
      });
    for (let i = 0; i < FREE_FAILURES; i++) await via(stranger, 'Wrong-pass-1');
    expect((await via(stranger, TEST_PASSWORD)).statusCode).toBe(423);
    expect((await via(OWNER, TEST_PASSWORD)).statusCode).toBe(200);
  });
});
