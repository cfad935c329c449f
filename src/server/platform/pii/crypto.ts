import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { PiiKeys } from './keys';

// Field encryption: AES-256-GCM with a random 96-bit nonce; stored as "v1.<nonce>.<tag>.<cipher>"
// (base64url parts) so that a later key rotation can tell versions apart.
const VERSION = 'v1';

export class PiiCipher {
  constructor(private readonly keys: PiiKeys) {}

  encrypt(plain: string): string {
    const nonce = randomBytes(12);
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
