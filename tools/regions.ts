import { MODULES } from '../src/server/modules';
import { importCounty } from '../src/server/modules/regions/import-county';
import { installModules } from '../src/server/platform/modules/registry';
import { runCli, withServices } from './cli';

// npm run regions -- import 451022 [451027 …]
// Loads counties from the NBS division tables into the configured database (DATA_DIR or DATABASE_URL).
// With PGlite, stop the server first (or use 区划 → 导入区县 in the web app).

const usage = '用法: npm run regions -- import <6位区县代码> [...]  例如 npm run regions -- import 451022';

runCli(async () => {
  const [command, ...codes] = process.argv.slice(2);
  if (command !== 'import' || codes.length === 0 || codes.some((c) => !/^\d{6}$/.test(c))) {
    console.error(usage);
    return 2;
  }
  installModules(MODULES);
  await withServices(async (services) => {
    for (const code of codes) {
      const who = { actor: null, meta: { requestId: `cli-regions-${process.pid}`, ip: null } };
      const r = await importCounty(services.database.db, who, code);
      console.log(
        `${r.countyCode} ${r.countyName}: ${r.townships} 个乡镇, ${r.villages} 个村（社区）, 新增或更新 ${r.inserted} 条`,
      );
    }
  });
  return 0;
});
