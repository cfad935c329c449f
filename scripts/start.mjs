// npm start: builds the web app when its sources are newer than the build, then runs the server
// (API and web on one port). The server migrates the database and seeds the demo county itself.
// Signals go on to the server, whose exit code becomes this process's: a SIGTERM to `npm start`
// stops the server cleanly (it lets requests finish and closes the database) and npm exits with it.
// ZX_SKIP_WEB_BUILD=1 skips the build check (the web app is built separately, as in CI).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'dist/web/index.html');

const newestMtime = (dir) => {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
};

const sources = ['src/web', 'src/contracts'].map((d) => path.join(root, d));
const stale =
  process.env.ZX_SKIP_WEB_BUILD !== '1' &&
  (!fs.existsSync(built) ||
    Math.max(...sources.map(newestMtime), fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs) >
      fs.statSync(built).mtimeMs);
if (stale) {
  console.log('正在构建网页端 (building the web app)…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: root,
  stdio: 'inherit',
});
// A terminal's Ctrl+C reaches both processes; the server ignores the forwarded repeat.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
// Killed by a signal it did not handle: 128 + the signal's number, as a shell reports it.
server.on('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
