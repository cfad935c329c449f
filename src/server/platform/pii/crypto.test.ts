import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PiiCipher } from './crypto';
import { loadPiiKeys } from './keys';

const cipherFor = (hexKey: string) => new PiiCipher(loadPiiKeys(hexKey, '/nonexistent-unused'));
const cipher = cipherFor('ab'.repeat(32));

/** Flips one bit in the base64url part `index` of a "v1.nonce.tag.body" ciphertext. */
const flipBit = (stored: string, index: number): string => {
  const parts = stored.split('.');
  const bytes = Buffer.from(parts[index], 'base64url');
  bytes[0] ^= 0x01;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
};

describe('PiiCipher encryption', () => {
  it('decrypts what it encrypted, Chinese text included', () => {
    for (const plain of ['13812345678', '451022199001011232', '广西田东县平马镇', '']) {
      expect(cipher.decrypt(cipher.encrypt(plain))).toBe(plain);
    }
  });

  it('produces a different ciphertext on every call that does not contain the plain text', () => {
    const a = cipher.encrypt('13812345678');
    const b = cipher.encrypt('13812345678');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]*$/);
    expect(a).not.toContain('13812345678');
  });

  it('refuses a ciphertext whose body, tag or nonce was altered', () => {
    const stored = cipher.encrypt('13812345678');
    for (const part of [1, 2, 3]) expect(() => cipher.decrypt(flipBit(stored, part))).toThrow();
  });

  it('refuses a ciphertext of an unknown format or version', () => {
    const stored = cipher.encrypt('13812345678');
    expect(() => cipher.decrypt(stored.replace(/^v1/, 'v2'))).toThrow(/unknown PII ciphertext format/);
    expect(() => cipher.decrypt('13812345678')).toThrow(/unknown PII ciphertext format/);
  });

  it('cannot be decrypted with another key', () => {
    const other = cipherFor(randomBytes(32).toString('hex'));
    expect(() => other.decrypt(cipher.encrypt('13812345678'))).toThrow();
  });
});

describe('PiiCipher blind index', () => {
  it('gives the same index for the same value every time', () => {
    expect(cipher.blindIndex('phone', '13812345678')).toBe(cipher.blindIndex('phone', '13812345678'));
    expect(cipher.blindIndex('phone', '13812345678')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores surrounding spaces and the case of an X check character', () => {
    expect(cipher.blindIndex('id_number', ' 11010519491231002x ')).toBe(
      cipher.blindIndex('id_number', '11010519491231002X'),
    );
  });

  it('differs between values, between kinds and between keys', () => {
    const phone = cipher.blindIndex('phone', '13812345678');
    expect(cipher.blindIndex('phone', '13812345679')).not.toBe(phone);
    expect(cipher.blindIndex('id_number', '13812345678')).not.toBe(phone);
    expect(cipherFor('cd'.repeat(32)).blindIndex('phone', '13812345678')).not.toBe(phone);
  });
});
