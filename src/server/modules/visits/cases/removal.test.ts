import { describe, expect, it } from 'vitest';
import { aboveLineSince, addMonths, type RemovalFacts, removalUnmet } from './removal';

// 风险消除的条件 (removal.ts), each on its own.

const above = (visitedOn: string, income = 9500) => ({ visitedOn, incomePerCapita: income, threshold: 8700 });
const ready: RemovalFacts = {
  today: '2026-12-06',
  identifiedOn: '2026-03-01',
  measures: 1,
  noLabour: false,
  followups: [above('2026-04-01'), above('2026-07-01'), above('2026-10-01')],
};

describe('risk removal conditions 风险消除条件', () => {
  it('holds when every condition holds', () => {
    expect(removalUnmet(ready)).toEqual([]);
  });

  it('keeps a household without labour monitored', () => {
    expect(removalUnmet({ ...ready, noLabour: true })).toEqual(['无劳动能力户持续监测，不能消除风险']);
  });

  it('asks for six months since identification, counted in calendar months', () => {
    expect(removalUnmet({ ...ready, identifiedOn: '2026-06-07' })[0]).toContain('纳入监测未满 6 个月');
    expect(removalUnmet({ ...ready, identifiedOn: '2026-06-06' })).toEqual([]);
    expect(removalUnmet({ ...ready, identifiedOn: null })).toEqual(['尚未纳入监测']);
  });

  it('asks for at least one measure', () => {
    expect(removalUnmet({ ...ready, measures: 0 })).toEqual(['尚未落实帮扶措施（至少 1 项）']);
  });

  it('asks for follow-ups above the line for six months without a break', () => {
    expect(removalUnmet({ ...ready, followups: [] })[0]).toContain('跟踪回访未显示');
    // Above only since July: not six months yet.
    const broken = [above('2026-04-01'), above('2026-07-01', 8700), above('2026-08-01'), above('2026-11-01')];
    expect(removalUnmet({ ...ready, followups: broken })[0]).toContain('自 2026-08-01 起');
    // Equal to the line is not above it; the latest follow-up at the line breaks the run.
    expect(
      removalUnmet({ ...ready, followups: [...ready.followups, above('2026-11-01', 8700)] })[0],
    ).toContain('跟踪回访未显示');
    // A follow-up without an income, or of a year without a threshold, neither counts nor breaks.
    const gaps = [
      above('2026-04-01'),
      { visitedOn: '2026-06-01', incomePerCapita: null, threshold: 8700 },
      { visitedOn: '2026-08-01', incomePerCapita: 100, threshold: null },
      above('2026-10-01'),
    ];
    expect(removalUnmet({ ...ready, followups: gaps })).toEqual([]);
  });

  it('names every unmet condition at once', () => {
    expect(removalUnmet({ ...ready, measures: 0, noLabour: true, followups: [] })).toHaveLength(3);
  });

  it('finds the run above the line and adds months as the calendar does', () => {
    expect(aboveLineSince([above('2026-05-01'), above('2026-01-01')])).toEqual({
      from: '2026-01-01',
      to: '2026-05-01',
    });
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-03-01', 6)).toBe('2026-09-01');
  });
});
