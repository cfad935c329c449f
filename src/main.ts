import { seedDemo } from './demo/seed';
import { buildApp } from './server/app';
import { MODULES } from './server/modules';
import { seedMissingAssessmentCatalogues } from './server/modules/assessments/seed';
import { seedMissingEconomyCatalogues } from './server/modules/economy/seed';
import { seedMissingEventCatalogues } from './server/modules/events/catalogue';
import { type Sweeper, startSweeper } from './server/modules/events/sweeper';
import { seedMissingCatalogues } from './server/modules/points/catalogue';
import { accountCount } from './server/modules/users/create-admin';
import {
  type MonitoringSchedule,
  startMonitoringSchedule,
} from './server/modules/visits/monitoring/scheduler';
import { seedMissingVisitsCatalogues } from './server/modules/visits/seed';
import { purgeIdleSessions } from './server/platform/auth/session';
import { serveBackups } from './server/platform/backup/control-socket';
import { ConfigError, loadConfig } from './server/platform/config';
import { DataDirLockedError } from './server/platform/db/lock';
import type { Database } from './server/platform/db/types';
import { exitOnFatalErrors, stopOnSignals } from './server/platform/lifecycle';
import { installModules } from './server/platform/modules/registry';
import { startServices } from './server/platform/services';

let database: Database | undefined;
let sweeper: Sweeper | undefined;
let monitoring: MonitoringSchedule | undefined;
const closeDatabase = async () => {
  // The deadline sweep's running batch finishes (or rolls back) before the database closes.
  await sweeper?.stop();
  sweeper = undefined;
  await monitoring?.stop();
  monitoring = undefined;
  const open = database;
  database = undefined;
  await open?.close();
};
exitOnFatalErrors(closeDatabase);

/** What to do on an installation without accounts (DEMO=off on an empty database). */
const firstAdminHint = (kind: Database['kind']) =>
  [
    '尚无任何账号。创建第一个管理员 (no accounts yet; create the first administrator):',
    ...(kind === 'pglite' ? ['  1. 停止服务（Ctrl+C 或 systemctl stop zhenxing）'] : []),
    `  ${kind === 'pglite' ? '2. ' : ''}npm run admin -- create --username <用户名> --county <6位区县代码，如 451022>`,
    '     （市州、省级管理员：--region <6位代码，如 451000>）',
    `  ${kind === 'pglite' ? '3. 重新启动服务，' : ''}用命令打印的一次性密码登录，首次登录须修改密码。详见 docs/production.md`,
  ].join('\n');

const main = async () => {
  const config = loadConfig();
  const services = await startServices(config);
  database = services.database;
  installModules(MODULES);
  if (config.DEMO === 'auto') await seedDemo(services, (line) => console.log(line));
  await seedMissingCatalogues(services.database.db);
  await seedMissingEventCatalogues(services.database.db);
  await seedMissingAssessmentCatalogues(services.database.db);
  await seedMissingEconomyCatalogues(services.database.db);
  await seedMissingVisitsCatalogues(services.database.db);
  const app = await buildApp(services);
  // Expired sessions are refused when used; this only keeps the table small.
  const purge = setInterval(
    () => purgeIdleSessions(services.database.db, config.SESSION_IDLE_MINUTES).catch(() => {}),
    60 * 60_000,
  );
  purge.unref();
  stopOnSignals({ app, closeDatabase, log: (line) => console.log(line) });
  await app.listen({ port: config.PORT, host: config.HOST });
  console.log(`振兴已启动：http://localhost:${config.PORT}  （数据库：${services.database.kind}）`);
  // 超期预警与自动上报 (docs/events.md): every EVENTS_SWEEP_SECONDS, 0 for none.
  sweeper = startSweeper(services.database.db, config.EVENTS_SWEEP_SECONDS, (line) => console.log(line));
  // 防返贫监测扫描 (docs/visits.md §2): a minute after start-up, then daily.
  monitoring = startMonitoringSchedule(services.database.db, (line) => console.log(line));
  // PGlite has one connection, held here: `npm run backup` asks this process (docs/backup.md).
  if (services.database.kind === 'pglite')
    await serveBackups(services, config.dataDir).catch((error: Error) =>
      console.error(
        `备份通道未能启动，npm run backup 需先停止服务器（backup socket failed）：${error.message}`,
      ),
    );
  if ((await accountCount(services.database.db)) === 0) console.log(firstAdminHint(services.database.kind));
};

main().catch(async (error) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error('启动失败 (start-up failed):', error);
  }
  await closeDatabase().catch(() => {});
  process.exit(1);
});
