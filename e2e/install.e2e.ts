import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  repoRoot,
  type ServerProcess,
  spawnServer,
  stopServer,
  waitForHealth,
} from '../src/testing/server-process';
import { launchBrowser, newContext } from './browser';

// An installation from nothing, as docs/production.md tells it: DEMO=off on an empty data
// directory, the server says how to make the first administrator, the documented command (with
// the server stopped: PGlite) prints a one-time password, and the administrator logs in, changes
// it and imports a county in the web app. Its own server on its own port and data directory.

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhenxing-install-e2e-'));
const env = { DATA_DIR: dataDir, DEMO: 'off', DATABASE_URL: undefined, ZHENXING_SECRET_KEY: undefined };
let browser: Browser;
let server: ServerProcess | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (server) await stopServer(server);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const start = async () => {
  server = spawnServer(await freePort(), env);
  await waitForHealth(server);
  return server;
};

describe('an empty installation', () => {
  let password = '';

  it('starts empty, says how to create the first administrator, and the command creates it', async () => {
    const empty = await start();
    expect(empty.output()).toContain('尚无任何账号');
    expect(empty.output()).toContain('npm run admin -- create --username');
    expect(await stopServer(empty)).toBe(0);

    const command = spawnSync(
      'npm',
      [
        'run',
        'admin',
        '--',
        'create',
        '--username',
        'baise',
        '--region',
        '451000',
        '--name',
        '百色市委组织部',
      ],
      { cwd: repoRoot, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' },
    );
    expect(command.status, command.stderr).toBe(0);
    expect(command.stdout).toContain('已创建市（州）、省级管理员账号（百色市）');
    password = /一次性密码 \(one-time password\): (\S+)/.exec(command.stdout)?.[1] ?? '';
    expect(password).not.toBe('');
  }, 240_000);

  it('lets the administrator log in, change the password and import a county', async () => {
    const running = await start();
    const context = await newContext(browser, running.baseUrl);
    const page = await context.newPage();
    try {
      await page.goto('/login');
      await page.getByTestId('login-username').fill('baise');
      await page.getByTestId('login-password').fill(password);
      await page.getByTestId('login-submit').click();

      await page.getByTestId('password-form').waitFor();
      await page.getByTestId('password-current').fill(password);
      await page.getByTestId('password-new').fill('Baise-own-pass-2026');
      await page.getByTestId('password-confirm').fill('Baise-own-pass-2026');
      await page.getByTestId('password-submit').click();
      await page.getByTestId('app-content').waitFor();
      await expect(page.getByTestId('header-role').textContent()).resolves.toContain('市（州）、省级管理员');

      await page.getByTestId('nav-regions').click();
      await page.getByTestId('region-node-451000000000').waitFor();
      await page.getByTestId('region-import-code').fill('451022');
      await page.getByTestId('region-import-submit').click();
      await page
        .locator('.ant-modal-confirm')
        .getByRole('button', { name: /导\s*入/ })
        .click();
      await page.getByText('已导入 田东县：10 个乡镇，173 个村').waitFor({ timeout: 60_000 });
      await page.getByTestId('region-node-451022000000').waitFor();
    } finally {
      await context.close();
    }
  }, 240_000);
});
