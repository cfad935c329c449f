import { createCipheriv, createDecipheriv, createHmac, randomFillSync } from 'node:crypto';
import type { PiiKeys } from './keys';

// Field encryption: AES-256-GCM with a random 96-bit nonce; stored as "v1.<nonce>.<tag>.<cipher>"
// (base64url parts) so that a later key rotation can tell versions apart.
const VERSION = 'v1';
const NONCE = 12;
/** Nonces are cut from a pool filled 1,024 at a time: bulk imports encrypt hundreds of thousands. */
const POOL = NONCE * 1024;

export class PiiCipher {
  private pool = Buffer.alloc(0);
  private used = 0;

  constructor(private readonly keys: PiiKeys) {}

  /** A fresh random 96-bit nonce; every slice of the pool is used once. */
  private nonce(): Buffer {
    if (this.used + NONCE > this.pool.length) {
      this.pool = randomFillSync(Buffer.allocUnsafe(POOL));
      this.used = 0;
    }
    const nonce = this.pool.subarray(this.used, this.used + NONCE);
    this.used += NONCE;
    return nonce;
  }

  encrypt(plain: string): string {
    const nonce = this.nonce();
    const cipher = createCipheriv('aes-256-gcm', this.keys.encryption, nonce);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, nonce, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  decrypt(stored: string): string {
    const [version, nonce, tag, body] = stored.split('.');
    if (version !== VERSION || !nonce || !tag || body === undefined)
      throw new Error('unknown PII ciphertext format');
    const decipher = createDecipheriv('aes-256-gcm', this.keys.encryption, Buffer.from(nonce, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }

  /**
   * Keyed blind index (HMAC-SHA-256) for exact look-up of an ID number or phone without
   * decrypting; `kind` separates the index spaces so equal strings of different kinds differ.
   */
  blindIndex(kind: 'id_number' | 'phone', value: string): string {
    return createHmac('sha256', this.keys.blindIndex)
      .update(`${kind}:${value.trim().toUpperCase()}`)
      .digest('hex');
  }
}
