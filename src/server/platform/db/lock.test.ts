import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './lock';

let dir: string;
let lockFile: string;
const children: ChildProcess[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhenxing-lock-'));
  lockFile = path.join(dir, 'zhenxing.lock');
});
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A child process that stays alive until the test ends. */
const liveProcess = async (): Promise<number> => {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((resolve, reject) => child.once('spawn', resolve).once('error', reject));
  return child.pid!;
};

/** The pid of a process that has already exited. */
const deadPid = async (): Promise<number> => {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
};

describe('lockDataDir', () => {
  it('writes its own pid into the lock file, creating the directory', () => {
    const nested = path.join(dir, 'new', 'data');
    const unlock = lockDataDir(nested);
    expect(fs.readFileSync(path.join(nested, 'zhenxing.lock'), 'utf8')).toBe(String(process.pid));
    unlock();
  });

  it('refuses a directory locked by another live process, naming its pid', async () => {
    const pid = await liveProcess();
    fs.writeFileSync(lockFile, String(pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`进程 ${pid}`));
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(pid));
  });

  it('refuses a directory locked by the parent process', () => {
    fs.writeFileSync(lockFile, String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
  });

  it('takes over a lock left by a process that has exited', async () => {
    const pid = await deadPid();
    fs.writeFileSync(lockFile, String(pid));
    const unlock = lockDataDir(dir);
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    unlock();
  });

  it('takes over a lock file with garbage in it', () => {
    fs.writeFileSync(lockFile, 'not a pid');
    const unlock = lockDataDir(dir);
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    unlock();
  });

  it('removes the lock file on unlock, so the next start gets the lock', () => {
    const unlock = lockDataDir(dir);
    unlock();
    expect(fs.existsSync(lockFile)).toBe(false);
    lockDataDir(dir)();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it('leaves a lock that another process has taken since alone on unlock', async () => {
    const unlock = lockDataDir(dir);
    const pid = await liveProcess();
    fs.writeFileSync(lockFile, String(pid));
    unlock();
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(pid));
  });
});
