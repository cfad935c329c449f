import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { LocalFileStore } from './local-store';
import { openFileStore } from './open';
import { S3FileStore } from './s3-store';
import type { FileStore } from './store';

// Both stores behave alike: bytes in, the same bytes out, null for a missing key. The S3 one runs
// against s3rver, a small S3-compatible server started in this process.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhenxing-files-'));
let s3: S3rver;
let endpoint: string;

beforeAll(async () => {
  s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(tmp, 's3'),
    configureBuckets: [{ name: 'zhenxing-test', configs: [] }],
  });
  const { port } = await s3.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await s3.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const stores: [string, () => FileStore][] = [
  ['local', () => new LocalFileStore(path.join(tmp, 'local'))],
  [
    's3',
    () =>
      new S3FileStore({
        bucket: 'zhenxing-test',
        endpoint,
        region: 'us-east-1',
        accessKey: 'S3RVER',
        secretKey: 'S3RVER',
      }),
  ],
];

describe.each(stores)('the %s file store', (_name, open) => {
  it('gives back the bytes it was given, and null for a key it never had', async () => {
    const store = open();
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01, 0x02]);
    await store.put('points-evidence/451022/a/b.jpg', bytes, 'image/jpeg');
    expect(await store.get('points-evidence/451022/a/b.jpg')).toEqual(bytes);
    expect(await store.get('points-evidence/451022/a/none.jpg')).toBeNull();
  });

  it('overwrites a key whole', async () => {
    const store = open();
    await store.put('x/y.jpg', Buffer.from('first, longer content'), 'image/jpeg');
    await store.put('x/y.jpg', Buffer.from('second'), 'image/jpeg');
    expect((await store.get('x/y.jpg'))?.toString()).toBe('second');
  });

  it('lists the keys under a folder and deletes one, a missing key being no error', async () => {
    const store = open();
    const root = `sweep${_name}`;
    await store.put(`${root}/451022/a.jpg`, Buffer.from('a'), 'image/jpeg');
    await store.put(`${root}/451022/b/c.pdf`, Buffer.from('c'), 'application/pdf');
    await store.put(`other${_name}/d.jpg`, Buffer.from('d'), 'image/jpeg');
    const listed = async () => {
      const keys: string[] = [];
      for await (const f of store.list(`${root}/`)) {
        expect(f.modifiedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
        keys.push(f.key);
      }
      return keys.sort();
    };
    expect(await listed()).toEqual([`${root}/451022/a.jpg`, `${root}/451022/b/c.pdf`]);
    await store.delete(`${root}/451022/a.jpg`);
    await store.delete(`${root}/451022/never.jpg`);
    expect(await listed()).toEqual([`${root}/451022/b/c.pdf`]);
    expect(await store.get(`${root}/451022/a.jpg`)).toBeNull();
  });

  it('refuses keys that could leave its root', async () => {
    const store = open();
    for (const key of ['../secret.key', '/etc/passwd', 'a/../../b', '', 'a//b'])
      await expect(store.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/invalid file key/);
  });
});

describe('the local file store', () => {
  it('leaves no temporary file behind and keeps files private to the server', async () => {
    const root = path.join(tmp, 'local-private');
    const store = new LocalFileStore(root);
    await store.put('p/q.jpg', Buffer.from('photo'), 'image/jpeg');
    expect(fs.readdirSync(path.join(root, 'p'))).toEqual(['q.jpg']);
    expect(fs.statSync(path.join(root, 'p', 'q.jpg')).mode & 0o077).toBe(0);
  });
});

describe('choosing a store from the configuration', () => {
  it('uses DATA_DIR/files without S3_BUCKET and S3 with it', () => {
    const local = openFileStore(loadConfig({ DATA_DIR: tmp }));
    expect(local).toBeInstanceOf(LocalFileStore);
    expect((local as LocalFileStore).root).toBe(path.join(tmp, 'files'));
    const remote = openFileStore(
      loadConfig({
        S3_BUCKET: 'photos',
        S3_ENDPOINT: 'http://minio:9000',
        S3_ACCESS_KEY: 'k',
        S3_SECRET_KEY: 's',
      }),
    );
    expect(remote).toBeInstanceOf(S3FileStore);
  });

  it('names each wrong S3 setting in Chinese', () => {
    const messageFor = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig(env);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(messageFor({ S3_BUCKET: 'Photos_1' })).toContain(
      'S3_BUCKET: 应为 3–63 位小写字母、数字、点或连字符',
    );
    expect(messageFor({ S3_BUCKET: 'photos', S3_ENDPOINT: 'minio:9000' })).toContain(
      'S3_ENDPOINT: 应为 http:// 或 https:// 开头的地址',
    );
    expect(messageFor({ S3_BUCKET: 'photos', S3_ACCESS_KEY: 'k' })).toContain(
      'S3_SECRET_KEY: S3_ACCESS_KEY 与 S3_SECRET_KEY 须同时设置',
    );
    expect(messageFor({ S3_ENDPOINT: 'http://minio:9000' })).toContain('S3_ENDPOINT: 已设置但缺少 S3_BUCKET');
  });
});
