import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');

/** Sessions are stored by the SHA-256 of their token, so a leaked table opens no session. */
export const tokenId = (token: string): string => createHash('sha256').update(token).digest('hex');

export const sameToken = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};
