import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { BackupManifest } from './manifest';
import { type BackupSource, writeBackup } from './write-backup';

// While the server runs on PGlite it holds the data directory's lock and PGlite's only
// connection, so `npm run backup` cannot open the database itself: the server takes the backup
// and streams it over a unix socket in DATA_DIR/run (directory 0700, socket 0600: only the
// account the server runs as can connect). Frames: one type byte, a 4-byte length, the payload;
// D = backup bytes, M = the manifest (the end), E = an error message.

export const backupSocketPath = (dataDir: string) => path.join(dataDir, 'run', 'backup.sock');

const frame = (type: 'D' | 'M' | 'E', payload: Buffer) => {
  const head = Buffer.alloc(5);
  head.write(type, 0);
  head.writeUInt32BE(payload.length, 1);
  return Buffer.concat([head, payload]);
};

/** Listens on DATA_DIR/run/backup.sock; one backup at a time. The socket never keeps the process up. */
export const serveBackups = async (source: BackupSource, dataDir: string): Promise<net.Server> => {
  const dir = path.dirname(backupSocketPath(dataDir));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  // Only the lock holder gets here, so a socket file left behind is a dead server's.
  fs.rmSync(backupSocketPath(dataDir), { force: true });
  let busy = false;
  const server = net.createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', async (request) => {
      if (request.toString('utf8').trim() !== 'backup')
        return socket.end(frame('E', Buffer.from('未知请求')));
      if (busy) return socket.end(frame('E', Buffer.from('已有一个备份正在进行，请稍后再试')));
      busy = true;
      const out = new Writable({
        write(chunk: Buffer, _encoding, done) {
          if (socket.write(frame('D', chunk))) done();
          else socket.once('drain', () => done());
        },
      });
      try {
        const manifest = await writeBackup(source, out);
        socket.end(frame('M', Buffer.from(JSON.stringify(manifest))));
      } catch (error) {
        socket.end(frame('E', Buffer.from((error as Error).message)));
      } finally {
        busy = false;
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(backupSocketPath(dataDir), () => resolve());
  });
  fs.chmodSync(backupSocketPath(dataDir), 0o600);
  server.unref();
  return server;
};

/** Asks the running server for a backup and writes its bytes to `out`; resolves with the manifest. */
export const backupThroughServer = (dataDir: string, out: Writable): Promise<BackupManifest> =>
  new Promise((resolve, reject) => {
    const socket = net.connect(backupSocketPath(dataDir));
    let pending = Buffer.alloc(0);
    let settled = false;
    const settle = (error: Error | null, manifest?: BackupManifest) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      if (error) reject(error);
      else resolve(manifest as BackupManifest);
    };
    socket.on('connect', () => socket.write('backup\n'));
    socket.on('error', (error) =>
      settle(new Error(`无法连接正在运行的服务器的备份通道 ${backupSocketPath(dataDir)}：${error.message}`)),
    );
    socket.on('close', () => settle(new Error('服务器在备份完成前断开了连接（backup interrupted）')));
    socket.on('data', (piece: Buffer) => {
      pending = Buffer.concat([pending, piece]);
      while (pending.length >= 5) {
        const length = pending.readUInt32BE(1);
        if (pending.length < 5 + length) break;
        const type = pending.toString('utf8', 0, 1);
        const payload = pending.subarray(5, 5 + length);
        pending = pending.subarray(5 + length);
        if (type === 'D' && !out.write(payload)) {
          socket.pause();
          out.once('drain', () => socket.resume());
        } else if (type === 'M') settle(null, JSON.parse(payload.toString('utf8')) as BackupManifest);
        else if (type === 'E') settle(new Error(`服务器备份失败：${payload.toString('utf8')}`));
      }
    });
  });
