import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPiiKeys } from './keys';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhenxing-keys-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const HEX_KEY = '0123456789abcdef'.repeat(4);

describe('loadPiiKeys', () => {
  it('creates secret.key with mode 0600 at first start and reuses it afterwards', () => {
    const dataDir = path.join(dir, 'data');
    const first = loadPiiKeys(undefined, dataDir);
    const file = path.join(dataDir, 'secret.key');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^[0-9a-f]{64}$/);
    const contents = fs.readFileSync(file, 'utf8');

    const second = loadPiiKeys(undefined, dataDir);
    expect(fs.readFileSync(file, 'utf8')).toBe(contents);
    expect(second.encryption.equals(first.encryption)).toBe(true);
    expect(second.blindIndex.equals(first.blindIndex)).toBe(true);
  });

  it('derives two different 32-byte sub-keys', () => {
    const keys = loadPiiKeys(HEX_KEY, dir);
    expect(keys.encryption).toHaveLength(32);
    expect(keys.blindIndex).toHaveLength(32);
    expect(keys.encryption.equals(keys.blindIndex)).toBe(false);
  });

  it('uses a key from the environment instead of a file, in hex or base64', () => {
    const fromHex = loadPiiKeys(HEX_KEY, dir);
    const fromBase64 = loadPiiKeys(Buffer.from(HEX_KEY, 'hex').toString('base64'), dir);
    expect(fs.existsSync(path.join(dir, 'secret.key'))).toBe(false);
    expect(fromBase64.encryption.equals(fromHex.encryption)).toBe(true);
    expect(fromBase64.blindIndex.equals(fromHex.blindIndex)).toBe(true);

    const fromFile = loadPiiKeys(undefined, dir);
    expect(fromFile.encryption.equals(fromHex.encryption)).toBe(false);
  });

  it('gives different keys for different environment secrets', () => {
    const a = loadPiiKeys(HEX_KEY, dir);
    const b = loadPiiKeys('f'.repeat(64), dir);
    expect(a.encryption.equals(b.encryption)).toBe(false);
  });
});
