import { seedDemo } from './demo/seed';
import { buildApp } from './server/app';
import { MODULES } from './server/modules';
import { seedMissingCatalogues } from './server/modules/points/catalogue';
import { purgeIdleSessions } from './server/platform/auth/session';
import { serveBackups } from './server/platform/backup/control-socket';
import { ConfigError, loadConfig } from './server/platform/config';
import { DataDirLockedError } from './server/platform/db/lock';
import { installModules } from './server/platform/modules/registry';
import { startServices } from './server/platform/services';

// A promise nobody waited for (a background job's clean-up, a dropped stream) must not take the
// whole county's server down with it: say what it was, loudly, and keep serving.
process.on('unhandledRejection', (reason) => {
  console.error('未处理的异步错误 (unhandled rejection):', reason);
});

const main = async () => {
  const config = loadConfig();
  const services = await startServices(config);
  installModules(MODULES);
  if (config.DEMO === 'auto') await seedDemo(services, (line) => console.log(line));
  await seedMissingCatalogues(services.database.db);
  const app = await buildApp(services);
  // Expired sessions are refused when used; this only keeps the table small.
  const purge = setInterval(
    () => purgeIdleSessions(services.database.db, config.SESSION_IDLE_MINUTES).catch(() => {}),
    60 * 60_000,
  );
  purge.unref();
  const shutdown = async () => {
    await app.close();
    await services.database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: config.PORT, host: config.HOST });
  console.log(`振兴已启动：http://localhost:${config.PORT}  （数据库：${services.database.kind}）`);
  // PGlite has one connection, held here: `npm run backup` asks this process (docs/backup.md).
  if (services.database.kind === 'pglite')
    await serveBackups(services, config.dataDir).catch((error: Error) =>
      console.error(
        `备份通道未能启动，npm run backup 需先停止服务器（backup socket failed）：${error.message}`,
      ),
    );
};

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error('启动失败 (start-up failed):', error);
  }
  process.exit(1);
});
