import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { backupSocketPath, backupThroughServer } from '../src/server/platform/backup/control-socket';
import type { BackupManifest } from '../src/server/platform/backup/manifest';
import { writeBackup } from '../src/server/platform/backup/write-backup';
import { loadConfig } from '../src/server/platform/config';
import { lockHolder } from '../src/server/platform/db/lock';
import { openPglite, openPostgres } from '../src/server/platform/db/open';
import { openFileStore } from '../src/server/platform/files/open';
import { PiiCipher } from '../src/server/platform/pii/crypto';
import { existingPiiKeys } from '../src/server/platform/pii/keys';
import { runCli } from './cli';

// npm run backup -- FILE: a backup of the database and the stored files, while the server runs
// or not (docs/backup.md). PostgreSQL: read directly in one REPEATABLE READ snapshot. PGlite: the
// running server makes it and sends it over DATA_DIR/run/backup.sock; with no server running,
// this process opens the data directory itself. The secret key is never in the file.

const backupTo = async (file: string): Promise<BackupManifest> => {
  const config = loadConfig();
  const out = fs.createWriteStream(file, { flags: 'wx', mode: 0o600 });
  await new Promise((resolve, reject) => out.once('open', resolve).once('error', reject));
  const keys = existingPiiKeys(config.ZHENXING_SECRET_KEY, config.dataDir);
  const source = { files: openFileStore(config), pii: keys ? new PiiCipher(keys) : null };
  let manifest: BackupManifest;
  if (!config.DATABASE_URL && lockHolder(config.dataDir)) {
    if (!fs.existsSync(backupSocketPath(config.dataDir)))
      throw new Error(
        `服务器（进程 ${lockHolder(config.dataDir)}）正在使用数据目录，但没有备份通道：请升级并重启服务器后再备份`,
      );
    console.log(`服务器正在运行：由服务器生成备份（PGlite 在备份期间暂停处理其他请求）…`);
    manifest = await backupThroughServer(config.dataDir, out);
  } else {
    if (!config.DATABASE_URL && !fs.existsSync(path.join(config.dataDir, 'pg')))
      throw new Error(`数据目录 ${config.dataDir} 中没有数据库`);
    const database = config.DATABASE_URL
      ? await openPostgres(config.DATABASE_URL, 2)
      : await openPglite(config.dataDir);
    try {
      manifest = await writeBackup({ database, ...source }, out);
    } finally {
      await database.close();
    }
  }
  out.end();
  await finished(out);
  return manifest;
};

runCli(async () => {
  const file = process.argv[2];
  if (!file || file.startsWith('-')) {
    console.error('用法：npm run backup -- 备份文件.tar.gz（usage: npm run backup -- FILE）');
    return 2;
  }
  if (fs.existsSync(file)) {
    console.error(`文件 ${file} 已存在，不会覆盖（file exists）`);
    return 2;
  }
  const partial = `${file}.partial`;
  try {
    const manifest = await backupTo(partial);
    fs.renameSync(partial, file);
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    const size = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
    console.log(
      `已备份：${manifest.tables.length} 张表 ${rows} 行、${manifest.files.count} 个文件，数据库迁移 ${manifest.migration} → ${file}（${size} MB）`,
    );
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  console.log(
    '注意：备份文件不含密钥。没有密钥，身份证号、手机号无法解密：请另行妥善备份 ZHENXING_SECRET_KEY 或数据目录中的 secret.key（见 docs/backup.md）。\n' +
      'The backup does not contain the secret key: back up ZHENXING_SECRET_KEY or DATA_DIR/secret.key separately.',
  );
  return 0;
});
