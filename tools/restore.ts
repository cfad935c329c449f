import fs from 'node:fs';
import { createGunzip } from 'node:zlib';
import { RestoreError, restoreBackup } from '../src/server/platform/backup/restore-backup';
import { loadConfig } from '../src/server/platform/config';
import { openPglite, openPostgres } from '../src/server/platform/db/open';
import { openFileStore } from '../src/server/platform/files/open';
import { PiiCipher } from '../src/server/platform/pii/crypto';
import { existingPiiKeys } from '../src/server/platform/pii/keys';
import { runCli } from './cli';

// npm run restore -- FILE: into the empty data directory (PGlite) or the empty database of
// DATABASE_URL, and the empty file store; the server must be stopped (docs/backup.md).

runCli(async () => {
  const file = process.argv[2];
  if (!file || file.startsWith('-')) {
    console.error('用法：npm run restore -- 备份文件.tar.gz（usage: npm run restore -- FILE）');
    return 2;
  }
  if (!fs.existsSync(file)) {
    console.error(`找不到备份文件 ${file}`);
    return 2;
  }
  const config = loadConfig();
  const database = config.DATABASE_URL
    ? await openPostgres(config.DATABASE_URL, 2)
    : await openPglite(config.dataDir);
  const keys = existingPiiKeys(config.ZHENXING_SECRET_KEY, config.dataDir);
  try {
    const report = await restoreBackup(
      { database, files: openFileStore(config), pii: keys ? new PiiCipher(keys) : null },
      fs.createReadStream(file).pipe(createGunzip()),
    );
    const m = report.manifest;
    console.log(
      `已恢复：${m.tables.length} 张表 ${report.rows} 行、${report.files} 个文件（备份于 ${m.createdAt}，来自 ${m.source}，应用 ${m.appVersion}），已升级到本版本。`,
    );
    if (report.key === 'match') console.log('密钥与备份一致：加密的身份证号、手机号可以解密。');
    if (report.key === 'mismatch') {
      console.error(
        '警告：当前密钥与备份时的密钥不同！请换回备份时的 ZHENXING_SECRET_KEY 或 secret.key 再启动服务器。',
      );
      return 3;
    }
    if (report.key === 'unknown')
      console.log(
        '请在启动服务器之前放回备份时的密钥（设置 ZHENXING_SECRET_KEY，或把 secret.key 复制到数据目录）：' +
          '否则服务器会生成新密钥，已加密的身份证号、手机号将无法解密。',
      );
    return 0;
  } catch (error) {
    if (!(error instanceof RestoreError)) console.error('恢复中断，目标可能已写入一部分：请清空目标后重试。');
    throw error;
  } finally {
    await database.close();
  }
});
