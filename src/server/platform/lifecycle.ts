import type { FastifyInstance } from 'fastify';

// How the server process ends: on SIGTERM or SIGINT it stops accepting, lets running requests
// finish (up to GRACE_MS), closes the database and exits 0; on an error no request owns (an
// uncaught exception, a rejected promise nobody awaited) it logs the stack and exits 1, so that
// the supervisor (systemd Restart=on-failure) starts a clean process instead of a half-broken one.

export const GRACE_MS = 10_000;
const FATAL_CLOSE_MS = 3_000;

const within = (ms: number, work: Promise<unknown>) =>
  Promise.race([
    work.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => setTimeout(resolve, ms, false).unref()),
  ]);

interface Lifecycle {
  app: FastifyInstance;
  closeDatabase: () => Promise<void>;
  log: (line: string) => void;
}

/** Stops cleanly on SIGTERM/SIGINT (a repeated signal while stopping is ignored). */
export const stopOnSignals = ({ app, closeDatabase, log }: Lifecycle): void => {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`收到 ${signal}，停止接受新请求，等待进行中的请求完成（最多 ${GRACE_MS / 1000} 秒）…`);
    if (!(await within(GRACE_MS, app.close()))) {
      log(`${GRACE_MS / 1000} 秒内仍有请求未完成，强制断开 (grace period over, closing connections)`);
      app.server.closeAllConnections();
    }
    await within(FATAL_CLOSE_MS, closeDatabase());
    log('振兴已停止 (stopped)');
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
};

/** Logs an error outside any request with its stack and exits 1 after a short try to close the database. */
export const exitOnFatalErrors = (closeDatabase: () => Promise<void>): void => {
  let exiting = false;
  const fatal = (kind: string) => async (error: unknown) => {
    console.error(`${kind}，进程退出以便重启 (exiting for the supervisor to restart):`, error);
    if (exiting) return;
    exiting = true;
    await within(FATAL_CLOSE_MS, closeDatabase());
    process.exit(1);
  };
  process.on('uncaughtException', fatal('未捕获的异常 (uncaught exception)'));
  process.on('unhandledRejection', fatal('未处理的异步错误 (unhandled rejection)'));
};
