import type { Db } from '../../../platform/db/types';
import { runMonitoringSweep, type SweepResult } from './sweep';

// The server's daily monitoring sweep (docs/visits.md §2), started and stopped like the events
// sweeper (events/sweeper.ts): first a minute after start-up, then once a day. One sweep at a time
// in a process; other instances may sweep the same database at once, which the sweep makes safe.

export interface MonitoringSchedule {
  stop(): Promise<void>;
}

const DAY = 24 * 3600_000;

export const startMonitoringSchedule = (
  db: Db,
  log: (line: string) => void,
  options: { firstAfterMs?: number; everyMs?: number; sweep?: (db: Db) => Promise<SweepResult> } = {},
): MonitoringSchedule => {
  const sweep = options.sweep ?? ((d: Db) => runMonitoringSweep(d));
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = sweep(db)
      .then((r) =>
        log(
          `防返贫监测扫描：${r.households} 户，新增线索 ${r.opened}，仍符合 ${r.refreshed}，已解除 ${r.cleared}`,
        ),
      )
      .catch((error: Error) =>
        log(`防返贫监测扫描失败，明日重试 (monitoring sweep failed): ${error.message}`),
      )
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(tick, options.firstAfterMs ?? 60_000);
  first.unref();
  const timer = setInterval(tick, options.everyMs ?? DAY);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
};
