import { parseArgs } from 'node:util';
import { toFullCode } from '../src/contracts/region-code';
import { ROLE_LABELS } from '../src/contracts/roles';
import { MODULES } from '../src/server/modules';
import { type AdminRole, createAdmin } from '../src/server/modules/users/create-admin';
import { DataDirLockedError } from '../src/server/platform/db/lock';
import { AppError } from '../src/server/platform/errors';
import { installModules } from '../src/server/platform/modules/registry';
import { runCli, withServices } from './cli';

// npm run admin -- create --username NAME --county 451022 [--name 显示名]
// npm run admin -- create --username NAME --region 451000 [--name 显示名]   (市/州; 450000 省)
// Creates an installation's first administrators (docs/production.md). With PGlite the running
// server holds the data directory: stop it first. With PostgreSQL (DATABASE_URL) no need.

const usage = `用法 (usage):
  npm run admin -- create --username <用户名> --county <6位区县代码> [--name <显示名>]
      创建县级管理员（县委组织部管理员）；区县尚未导入时先导入它的乡镇和村
  npm run admin -- create --username <用户名> --region <6位市州或省级代码> [--name <显示名>]
      创建市（州）、省级管理员（如 451000 百色市、450000 广西），由其导入辖区内的区县、创建县级管理员
使用内置数据库 PGlite 时请先停止服务；使用 PostgreSQL（DATABASE_URL）时无需停止。`;

const SIX_DIGITS = /^\d{6}$/;

const readArgs = () => {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      county: { type: 'string' },
      region: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
    },
  });
  const code = values.county ?? values.region;
  const role: AdminRole = values.county ? 'county_admin' : 'region_admin';
  const valid =
    positionals[0] === 'create' &&
    values.username &&
    code &&
    SIX_DIGITS.test(code) &&
    !(values.county && values.region) &&
    (values.role === undefined || values.role === role) &&
    (values.name === undefined || (values.name.trim().length > 0 && values.name.length <= 32));
  return valid
    ? { username: values.username!, regionCode: toFullCode(code), role, displayName: values.name }
    : null;
};

const lockedMessage = (error: DataDirLockedError) =>
  `${error.message}\n服务正在运行并占用数据目录：请先停止服务（systemctl stop zhenxing，或在运行 npm start 的终端按 Ctrl+C），运行本命令后再启动。\n(stop the server first: PGlite allows one process per data directory)`;

runCli(async () => {
  let input: ReturnType<typeof readArgs>;
  try {
    input = readArgs();
  } catch {
    input = null;
  }
  if (!input) {
    console.error(usage);
    return 2;
  }
  const args = input;
  installModules(MODULES);
  try {
    await withServices(async (services) => {
      const { user, password, region } = await createAdmin(services.database.db, services.pii, args);
      if (region.imported?.kind === 'county')
        console.log(
          `已导入 ${region.name}：${region.imported.townships} 个乡镇，${region.imported.villages} 个村（社区）`,
        );
      else if (region.imported) console.log(`已导入区划 ${region.name}`);
      console.log(`已创建${ROLE_LABELS[user.role].zh}账号（${region.name}）`);
      console.log(`  用户名 (username): ${user.username}`);
      console.log(`  一次性密码 (one-time password): ${password}`);
      console.log('此密码只显示这一次，首次登录后须立即修改 (shown once; must be changed at first log-in).');
    });
  } catch (error) {
    if (error instanceof DataDirLockedError) throw new Error(lockedMessage(error));
    if (error instanceof AppError) throw new Error(`无法创建管理员：${error.message}`);
    throw error;
  }
  return 0;
});
