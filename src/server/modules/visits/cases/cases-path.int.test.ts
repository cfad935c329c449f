import { afterEach, describe, expect, it, vi } from 'vitest';
import { county, newHousehold, regions, township, village, withVisitsHarness } from '../visits-test-kit';
import { APPROVAL, act, consentPhoto, startOn } from './cases-test-kit';

// The whole path village_review → county_compare → appraisal → township_review → county_approval →
// monitoring, with the due time of each step in working days across a weekend (CATALOGUES.md §7).
// Only the clock's Date is faked, to walk through a week of November 2026 (no holidays in it).

withVisitsHarness();
afterEach(() => vi.useRealTimers());

/** An instant in China time (UTC+8). */
const cst = (day: string, time = '10:00') => new Date(`${day}T${time}:00+08:00`);
/** The end of a China calendar day (24:00 UTC+8), as ISO. */
const endOf = (day: string) => new Date(cst(day, '00:00').getTime() + 86_400_000).toISOString();
const at = (day: string, time?: string) => vi.setSystemTime(cst(day, time));

describe('the identification path 识别流程', () => {
  it('goes from the village review to monitoring with each step due in working days', async () => {
    const household = await newHousehold(regions.ownVillage.code);
    vi.useFakeTimers({ toFake: ['Date'] });
    // Friday: ≤ 3 working days → Mon, Tue, Wed.
    at('2026-11-20');
    const started = await startOn(household.id);
    expect(started).toMatchObject({ state: 'village_review', stepDueAt: endOf('2026-11-25') });
    expect(started.firstClueAt).toBe(cst('2026-11-20').toISOString());
    await consentPhoto(village, started.id);
    // Monday: the county compares within 5 working days → the next Monday.
    at('2026-11-23');
    const compare = await act(village, started.id, 'confirm_visit', { visitedOn: '2026-11-23' });
    expect(compare).toMatchObject({ state: 'county_compare', stepDueAt: endOf('2026-11-30') });
    expect(compare.consentAt).toBe(cst('2026-11-23').toISOString());
    // Tuesday: the appraisal; its notice runs to Sunday, the village closes it by the next working day.
    at('2026-11-24');
    const appraisal = await act(county, started.id, 'compare', { compareResult: '各部门数据比对无异常' });
    expect(appraisal).toMatchObject({ state: 'appraisal', compareResult: '各部门数据比对无异常' });
    at('2026-11-24', '15:00');
    const notice = await act(village, started.id, 'set_notice', {
      noticeFrom: '2026-11-24',
      noticeTo: '2026-11-29',
    });
    expect(notice).toMatchObject({
      state: 'appraisal',
      noticeTo: '2026-11-29',
      stepDueAt: endOf('2026-11-30'),
    });
    at('2026-11-28');
    const early = await village.post(`/api/monitoring/cases/${started.id}/actions/finish_appraisal`, {});
    expect(early.statusCode).toBe(409);
    // Sunday, the notice's last day: the township reviews within 2 working days → Mon, Tue.
    at('2026-11-29', '18:00');
    const review = await act(village, started.id, 'finish_appraisal');
    expect(review).toMatchObject({ state: 'township_review', stepDueAt: endOf('2026-12-01') });
    // The county's approval is due 15 days after the first clue, whatever the steps took.
    at('2026-11-30');
    const approval = await act(township, started.id, 'township_approve');
    expect(approval).toMatchObject({
      state: 'county_approval',
      stepDueAt: new Date(cst('2026-11-20').getTime() + 15 * 86_400_000).toISOString(),
      overdue: false,
    });
    at('2026-12-01');
    const monitored = await act(county, started.id, 'approve', {
      ...APPROVAL,
      measures: [{ ...APPROVAL.measures[0], startedOn: '2026-12-01' }],
    });
    expect(monitored).toMatchObject({
      state: 'monitoring',
      identifiedAt: cst('2026-12-01').toISOString(),
      stepDueAt: null,
      overdue: false,
      helperName: '黄帮扶',
    });
    expect(monitored.measures).toHaveLength(1);
    expect(monitored.steps.map((s: { status: string }) => s.status)).toEqual([
      'done',
      'done',
      'done',
      'done',
      'done',
    ]);
    expect(monitored.history.map((h: { action: string }) => h.action)).toEqual([
      'start',
      'confirm_visit',
      'compare',
      'set_notice',
      'finish_appraisal',
      'township_approve',
      'approve',
    ]);
    // Monitored: the county has nothing to do; the village may ask for removal (refused until it holds).
    expect(monitored.actions).toEqual([]);
    const seen = await village.get(`/api/monitoring/cases/${started.id}`);
    expect(seen.json().actions.map((a: { action: string }) => a.action)).toEqual(['ask_removal']);
  });
});
