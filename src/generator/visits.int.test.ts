import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type TestHarness } from '../testing/harness';
import { generateCounty } from './county';
import { generateEvents } from './events';
import { generateVisits, type VisitsResult } from './visits';

// The visits generator on eight villages of 田东 (about 2,000 households) with the 田东 shape: the
// totals read back by plain SQL are the seed's (1,122 households visited, 1,067 problems, 847
// solved on the spot, 220 passed on), passed-on problems are events linked both ways, monitoring
// cases reach every state; the same seed gives the same rows; a second run is refused.

const today = new Date(Date.UTC(2026, 10, 25, 6));
const county = { countyCode: '451022', seed: 7, villages: 8, householdsPerVillage: 260, today };
const options = { countyCode: '451022', seed: 11, today, seedShape: 'tiandong' as const };

let a: TestHarness;
let b: TestHarness;
let result: VisitsResult;

const fill = async (h: TestHarness) => {
  await generateCounty(h.services.database, h.services.pii, county);
  // Events first, as the demo does: the visits' events are numbered after them.
  await generateEvents(h.services.database, { countyCode: '451022', seed: 5, count: 300, today });
  return generateVisits(h.services.database, options);
};

beforeAll(async () => {
  a = await createHarness();
  b = await createHarness();
  result = await fill(a);
  await fill(b);
}, 180_000);
afterAll(async () => {
  await a.close();
  await b.close();
});

const plain = <T>(h: TestHarness, text: string) => h.services.database.rawQuery<T>(text);
const one = async (h: TestHarness, text: string) => (await plain<{ n: number }>(h, text))[0].n;

describe('the visits generator', () => {
  it('gives the county 田东’s totals exactly, read back by plain SQL', async () => {
    const [totals] = await plain<Record<string, number>>(
      a,
      `select count(distinct household_id)::int as households, count(*)::int as visits,
         sum(problem_count)::int as problems, sum(solved_count)::int as solved, sum(passed_on_count)::int as passed
       from visit_records`,
    );
    expect(totals).toEqual({ households: 1122, visits: 1122, problems: 1067, solved: 847, passed: 220 });
    const outcomes = await plain<{ outcome: string; n: number }>(
      a,
      'select outcome, count(*)::int as n from visit_problems group by 1 order by 1',
    );
    expect(outcomes).toEqual([
      { outcome: 'event', n: 220 },
      { outcome: 'solved', n: 847 },
    ]);
    expect([result.visited, result.problems, result.solved, result.passedOn]).toEqual([1122, 1067, 847, 220]);
    // Each visit's counts are its own problems'; a problem's question is answered 'problem'.
    expect(
      await one(
        a,
        `select count(*)::int as n from visit_records v where problem_count <> (select count(*) from visit_problems p where p.visit_id = v.id)
           or exists (select 1 from visit_problems p where p.visit_id = v.id and v.answers -> p.question ->> 'status' <> 'problem')`,
      ),
    ).toBe(0);
  });

  it('passes problems on as events of source visit, linked both ways', async () => {
    expect(await one(a, `select count(*)::int as n from events where source = 'visit'`)).toBe(220);
    expect(
      await one(
        a,
        `select count(*)::int as n from visit_problems p join events e on e.id = p.event_id
         where p.outcome = 'event' and e.origin_id = p.visit_id and e.household_id = p.household_id`,
      ),
    ).toBe(220);
    expect(
      await one(
        a,
        `select count(*)::int as n from visit_problems where outcome = 'solved' and event_id is not null`,
      ),
    ).toBe(0);
    // Serial numbers stay unique per village and year after the events generated before.
    expect(
      await one(
        a,
        'select count(*)::int as n from (select 1 from events group by year, region_code, serial having count(*) > 1) d',
      ),
    ).toBe(0);
  });

  it('fills rigid spending for a share of households, some above half of their income', async () => {
    const [r] = await plain<{ filled: number; all: number; high: number }>(
      a,
      `select count(rigid_spending)::int as filled, count(*)::int as "all",
         count(*) filter (where rigid_spending * 2 > income_per_capita * (select count(*) from persons p where p.household_id = h.id))::int as high
       from households h`,
    );
    expect(r.filled / r.all).toBeGreaterThan(0.15);
    expect(r.filled / r.all).toBeLessThan(0.6);
    expect(r.high).toBeGreaterThan(0);
  });

  it('puts monitoring cases in every state, some overdue, with signals, measures and follow-ups', async () => {
    const states = (
      await plain<{ state: string }>(a, 'select distinct state from monitoring_cases order by 1')
    ).map((s) => s.state);
    expect(states).toEqual([
      'appraisal',
      'county_approval',
      'county_compare',
      'monitoring',
      'not_identified',
      'removal_review',
      'removed',
      'township_review',
      'village_review',
    ]);
    expect(
      await one(a, 'select count(*)::int as n from monitoring_cases where step_due_at < now()'),
    ).toBeGreaterThan(0);
    expect(result.overdue).toBeGreaterThan(0);
    expect(
      await one(
        a,
        `select count(*)::int as n from monitoring_cases c join monitoring_signals s on s.id = c.signal_id and s.case_id = c.id and s.status = 'case'`,
      ),
    ).toBe(result.cases);
    expect(
      await one(a, `select count(*)::int as n from monitoring_signals where status = 'open'`),
    ).toBeGreaterThan(0);
    // Identified cases have measures; removed ones were identified at least six months before.
    expect(
      await one(
        a,
        `select count(*)::int as n from monitoring_cases c where c.state in ('monitoring', 'removal_review', 'removed')
           and not exists (select 1 from monitoring_measures m where m.case_id = c.id)`,
      ),
    ).toBe(0);
    expect(
      await one(
        a,
        `select count(*)::int as n from monitoring_cases where state = 'removed' and (no_labour or removed_at < identified_at + interval '180 days')`,
      ),
    ).toBe(0);
    expect(await one(a, 'select count(*)::int as n from monitoring_followups')).toBeGreaterThan(0);
    expect(await one(a, 'select count(*)::int as n from monitoring_department_records')).toBeGreaterThan(0);
  });

  it('writes leaders’ contacts and logs, ten-step progress and tours', async () => {
    expect(await one(a, 'select count(*)::int as n from leader_contacts')).toBe(result.contacts);
    expect(result.contacts).toBeGreaterThanOrEqual(70);
    expect(await one(a, 'select count(*)::int as n from leader_contact_logs')).toBeGreaterThan(
      result.contacts,
    );
    expect(await one(a, 'select count(*)::int as n from ten_step_progress')).toBeGreaterThan(0);
    expect(await one(a, 'select count(*)::int as n from secretary_tours')).toBeGreaterThanOrEqual(4);
    expect(await one(a, `select count(*)::int as n from audit_log where action = 'generator.visits'`)).toBe(
      1,
    );
  });

  it('gives the same rows for the same seed', async () => {
    for (const table of [
      'visit_records',
      'visit_problems',
      'monitoring_cases',
      'monitoring_signals',
      'monitoring_measures',
      'monitoring_followups',
      'monitoring_department_records',
      'leader_contacts',
      'leader_contact_logs',
      'ten_step_progress',
      'secretary_tours',
    ]) {
      const sql = `select * from ${table} order by id`;
      expect(await plain(b, sql), table).toEqual(await plain(a, sql));
    }
    const sql = `select id, rigid_spending from households order by id`;
    expect(await plain(b, sql)).toEqual(await plain(a, sql));
    const events = `select id, serial, status, origin_id from events where source = 'visit' order by id`;
    expect(await plain(b, events)).toEqual(await plain(a, events));
  });

  it('refuses a county that already has visits', async () => {
    await expect(generateVisits(a.services.database, options)).rejects.toThrow(/已有走访/);
  });
});
