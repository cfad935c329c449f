import { hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface PiiKeys {
  encryption: Buffer;
  blindIndex: Buffer;
}

const parseKey = (value: string): Buffer =>
  /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');

/**
 * The master key comes from ZHENXING_SECRET_KEY, or from `secret.key` in the data directory,
 * created with mode 0600 at first start. Two sub-keys are derived so that the blind index never
 * reuses the encryption key.
 */
export const loadPiiKeys = (secret: string | undefined, dataDir: string): PiiKeys => {
  let master: Buffer;
  if (secret) {
    master = parseKey(secret);
  } else {
    const file = path.join(dataDir, 'secret.key');
    fs.mkdirSync(dataDir, { recursive: true });
    if (!fs.existsSync(file)) {
      try {
        fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    master = parseKey(fs.readFileSync(file, 'utf8').trim());
  }
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  return { encryption: derive('zhenxing/pii/aes-256-gcm'), blindIndex: derive('zhenxing/pii/blind-index') };
};

/** The keys when a key is configured or already in the data directory; never creates one. */
export const existingPiiKeys = (secret: string | undefined, dataDir: string): PiiKeys | null =>
  secret || fs.existsSync(path.join(dataDir, 'secret.key')) ? loadPiiKeys(secret, dataDir) : null;
