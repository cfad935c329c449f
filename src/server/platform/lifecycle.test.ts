import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  freePort,
  repoRoot,
  type ServerProcess,
  spawnServer,
  stopServer,
  waitForHealth,
} from '../../testing/server-process';
import { unpackPglite } from '../../testing/test-db';

// The real server process on a temporary PGlite data directory: the first-run hint, the admin
// command, SIGTERM in the middle of requests (through `npm start`), and
// errors outside any request.

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhenxing-lifecycle-'));
// An empty database: migrated, with no regions or accounts (the run's copy; without one, as on a
// PostgreSQL run, the server makes and migrates it itself). Migrating took 12 s of CPU here; the
// first start on a new directory is what every browser-test server does.
unpackPglite(inject('dbTemplate'), 'empty', path.join(dataDir, 'pg'));
const lockFile = path.join(dataDir, 'zhenxing.lock');
const env = { DATA_DIR: dataDir, DEMO: 'off', LOG_LEVEL: 'info', DATABASE_URL: undefined };
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const adminCommand = () =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', 'tools/admin.ts', 'create', '--username', 'boss', '--county', '451022'],
    { cwd: repoRoot, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' },
  );

const startServer = async (command?: string[], extraEnv: NodeJS.ProcessEnv = {}) => {
  const server = spawnServer(await freePort(), { ...env, ...extraEnv }, command);
  await waitForHealth(server);
  return server;
};

const login = (server: ServerProcess, password: string) =>
  fetch(`${server.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'boss', password }),
  });

/** Waits until the server has logged `n` more incoming requests than it had at `from`. */
const untilReceived = async (server: ServerProcess, from: number, n: number) => {
  const received = () => (server.output().match(/incoming request/g) ?? []).length;
  while (received() < from + n) await new Promise((r) => setTimeout(r, 5));
};

let password = '';

describe('the server process', () => {
  it('tells how to create the first administrator on an empty database, and the command does it', async () => {
    const empty = await startServer();
    expect(empty.output()).toContain('npm run admin -- create --username');
    const refused = adminCommand();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('请先停止服务');
    expect(await stopServer(empty)).toBe(0);
    expect(fs.existsSync(lockFile)).toBe(false);

    const created = adminCommand();
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain('已导入 田东县');
    password = /一次性密码 \(one-time password\): (\S+)/.exec(created.stdout)?.[1] ?? '';
    expect(password).toMatch(/^\S{19}$/);
  }, 300_000);

  // One server started through `npm start` for both: the signal reaches it through npm and
  // scripts/start.mjs (each server start costs about 12 s of CPU, a third of this file).
  it('starts again on the same directory through npm start, which passes SIGTERM on: the server finishes every request in flight, closes the database and exits 0', async () => {
    const server = await startServer(['npm', 'start'], { ZX_SKIP_WEB_BUILD: '1' });
    expect(server.output()).not.toContain('尚无任何账号');
    expect(fs.readFileSync(lockFile, 'utf8')).not.toBe(String(server.child.pid));
    expect((await login(server, password)).status).toBe(200);
    const before = (server.output().match(/incoming request/g) ?? []).length;
    // Logins hash with argon2 and write sessions and audit rows; the OpenAPI document is built on
    // first use: a few hundred milliseconds of work under way when the signal comes.
    const pending = [
      ...Array.from({ length: 10 }, () => login(server, password)),
      ...Array.from({ length: 3 }, () => fetch(`${server.baseUrl}/api/openapi.json`)),
    ].map(async (request) => {
      const res = await request;
      return { status: res.status, body: await res.json() };
    });
    await untilReceived(server, before, pending.length);
    server.child.kill('SIGTERM');
    const answers = await Promise.all(pending);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    for (const a of answers.slice(0, 10)) expect(a.body).toMatchObject({ username: 'boss' });
    for (const a of answers.slice(10)) expect(a.body.paths['/api/users']).toBeDefined();
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('振兴已停止');
    expect(fs.existsSync(lockFile)).toBe(false);
    await expect(fetch(`${server.baseUrl}/api/health`)).rejects.toThrow();
  }, 300_000);
});

describe('an error outside any request', () => {
  const run = (code: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
  const prelude = `import { exitOnFatalErrors } from './src/server/platform/lifecycle.ts';
    let closed = false;
    exitOnFatalErrors(async () => { closed = true; console.log('database closed'); });
    setTimeout(() => console.log('still running'), 2000);`;

  it('is logged with its stack and ends the process with 1 (an exception)', () => {
    const r = run(`${prelude} setTimeout(() => { throw new Error('boom in a timer'); }, 10);`);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('未捕获的异常');
    expect(r.stderr).toMatch(/Error: boom in a timer\n\s+at /);
    expect(r.stdout).toContain('database closed');
    expect(r.stdout).not.toContain('still running');
  });

  it('is logged with its stack and ends the process with 1 (a rejected promise nobody awaits)', () => {
    const r = run(`${prelude} Promise.reject(new Error('lost promise'));`);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('未处理的异步错误');
    expect(r.stderr).toMatch(/Error: lost promise\n\s+at /);
    expect(r.stdout).not.toContain('still running');
  });
});
