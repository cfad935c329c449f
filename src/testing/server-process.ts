import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The real server as a child process, for tests of what only a process shows (signals, exit
// codes, the data-directory lock) and for the browser tests.

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HEALTH_TIMEOUT_MS = 120_000;

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  /** The last 8,000 characters of its stdout and stderr. */
  output(): string;
  /** Resolves with the exit code (or 128 + signal) once the process has ended. */
  exited: Promise<number>;
}

/**
 * Starts `node --import tsx src/main.ts` (or another command, e.g. `npm start`) on a port with
 * the given environment; the database and data directory come from `env`.
 */
export const spawnServer = (
  port: number,
  env: NodeJS.ProcessEnv,
  command: string[] = [process.execPath, '--import', 'tsx', 'src/main.ts'],
): ServerProcess => {
  const full: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env };
  for (const key of Object.keys(full)) if (full[key] === undefined) delete full[key];
  const child = spawn(command[0], command.slice(1), {
    cwd: repoRoot,
    env: full,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))),
  );
  return { child, baseUrl: `http://127.0.0.1:${port}`, output: () => output, exited };
};

export const waitForHealth = async (server: ServerProcess) => {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null)
      throw new Error(`server exited with ${server.child.exitCode}:\n${server.output()}`);
    try {
      const res = await fetch(`${server.baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `server did not answer /api/health within ${HEALTH_TIMEOUT_MS / 1000} s:\n${server.output()}`,
  );
};

/** SIGTERM, then SIGKILL after `killAfterMs`; resolves with the exit code. */
export const stopServer = (server: ServerProcess, killAfterMs = 15_000): Promise<number> => {
  if (server.child.exitCode === null && server.child.signalCode === null) {
    const force = setTimeout(() => server.child.kill('SIGKILL'), killAfterMs);
    server.exited.finally(() => clearTimeout(force));
    server.child.kill('SIGTERM');
  }
  return server.exited;
};
