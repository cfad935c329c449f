import type { Db } from '../../platform/db/types';
import { type SweepResult, sweepDeadlines } from './sweep';

// The server's deadline sweep: once right after start-up, then every `seconds`. One sweep at a time
// in a process (a slow one is not overlapped by the next tick); other instances may sweep the same
// database at the same time, which the sweep itself makes safe. stop() waits for a running sweep.

export interface Sweeper {
  stop(): Promise<void>;
}

export const startSweeper = (
  db: Db,
  seconds: number,
  log: (line: string) => void,
  sweep: (db: Db) => Promise<SweepResult> = sweepDeadlines,
): Sweeper => {
  if (seconds <= 0) return { stop: async () => {} };
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = sweep(db)
      .then((r) => {
        const moved = r.warned + r.toTownship + r.toCounty + r.departments;
        if (moved > 0)
          log(
            `超期巡检：预警 ${r.warned}，上报乡镇 ${r.toTownship}，提请县级关注 ${r.toCounty}，部门超期 ${r.departments}`,
          );
      })
      .catch((error: Error) => log(`超期巡检失败，下次重试 (deadline sweep failed): ${error.message}`))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, seconds * 1000);
  timer.unref();
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
};
