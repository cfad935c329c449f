// Where uploaded files live (evidence photos first). Keys are relative paths such as
// 'points-evidence/<claim>/<photo>.jpg'; a caller keeps the key in its own table and asks for it
// again only after its own scope check, so the store itself knows nothing of scopes.

export interface FileStore {
  /** Stores the bytes under `key`, whole or not at all; an existing key is overwritten. */
  put(key: string, bytes: Buffer, mime: string): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the bytes under `key`; a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Every stored key under `prefix` (a folder such as 'attachments/'), with when it was written. */
  list(prefix: string): AsyncIterable<StoredFile>;
}

export interface StoredFile {
  key: string;
  modifiedAt: Date;
}

const KEY = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*$/;

/** Keys come from code, not users; a malformed one (`..`, absolute, empty) is a bug. */
export const assertKey = (key: string): void => {
  if (!KEY.test(key) || key.split('/').some((part) => part === '..' || part === '.'))
    throw new Error(`invalid file key: ${JSON.stringify(key)}`);
};
