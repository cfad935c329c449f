import { describe, expect, it } from 'vitest';
import type { Db } from '../../platform/db/types';
import type { SweepResult } from './sweep';
import { startSweeper } from './sweeper';

const NONE: SweepResult = { warned: 0, toTownship: 0, toCounty: 0, departments: 0 };
const db = {} as Db;

describe('startSweeper', () => {
  it('runs no sweep when switched off (0 seconds)', async () => {
    let runs = 0;
    const s = startSweeper(
      db,
      0,
      () => {},
      async () => {
        runs++;
        return NONE;
      },
    );
    await s.stop();
    expect(runs).toBe(0);
  });

  it('sweeps once at start, logs what moved, and stop() waits for the running sweep', async () => {
    const lines: string[] = [];
    let finish: (r: SweepResult) => void = () => {};
    let runs = 0;
    const s = startSweeper(
      db,
      60,
      (l) => lines.push(l),
      () => {
        runs++;
        return new Promise<SweepResult>((resolve) => {
          finish = resolve;
        });
      },
    );
    expect(runs).toBe(1);
    let stopped = false;
    const stopping = s.stop().then(() => {
      stopped = true;
    });
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish({ ...NONE, warned: 2, toTownship: 1 });
    await stopping;
    expect(stopped).toBe(true);
    expect(lines).toEqual(['超期巡检：预警 2，上报乡镇 1，提请县级关注 0，部门超期 0']);
  });

  it('logs a failed sweep instead of throwing', async () => {
    const lines: string[] = [];
    const s = startSweeper(
      db,
      60,
      (l) => lines.push(l),
      () => Promise.reject(new Error('连接中断')),
    );
    await s.stop();
    expect(lines[0]).toContain('连接中断');
  });
});
