import fs from 'node:fs';
import path from 'node:path';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export class DataDirLockedError extends Error {}

/**
 * PGlite has no lock of its own and two processes on one data directory corrupt it, so the
 * first process writes its pid into a lock file; a second one stops with a clear message.
 * A lock left by a process that died is taken over.
 */
export const lockDataDir = (dir: string): (() => void) => {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'zhenxing.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => {
        if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === String(process.pid)) fs.rmSync(file);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(fs.readFileSync(file, 'utf8'));
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new DataDirLockedError(
          `数据目录 ${dir} 正被进程 ${pid} 使用，不能同时启动两个实例（data directory in use by pid ${pid}）。`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new DataDirLockedError(`无法锁定数据目录 ${dir}`);
};

/** The pid of the live process holding `dir`'s lock, or null when none does. */
export const lockHolder = (dir: string): number | null => {
  const file = path.join(dir, 'zhenxing.lock');
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, 'utf8'));
  return pid && pid !== process.pid && isAlive(pid) ? pid : null;
};
