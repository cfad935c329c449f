import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventDispatches, eventStages, events } from '../server/modules/events/tables';
import { sessionAs, testRegions } from '../testing/factories';
import { createHarness, type TestHarness } from '../testing/harness';
import { generateCounty } from './county';
import { generateEvents } from './events';

// The events generator at small scale: a few villages of 田东, 1,500 events over two years.

let a: TestHarness;
const today = new Date(Date.UTC(2026, 10, 25, 6));
const county = { countyCode: '451022', seed: 7, villages: 3, householdsPerVillage: 30, today };
const options = { countyCode: '451022', seed: 5, count: 1500, today };

const generated = async (h: TestHarness) => {
  await generateCounty(h.services.database, h.services.pii, county);
  return generateEvents(h.services.database, options);
};

let result: Awaited<ReturnType<typeof generateEvents>>;
beforeAll(async () => {
  a = await createHarness();
  result = await generated(a);
});
afterAll(() => a.close());

const rowsOf = async (h: TestHarness) => {
  const db = h.services.database.db;
  return {
    events: await db.select().from(events).orderBy(events.id),
    stages: await db.select().from(eventStages).orderBy(eventStages.id),
    dispatches: await db.select().from(eventDispatches).orderBy(eventDispatches.id),
  };
};

const OPEN = new Set(['reported', 'village', 'township', 'dispatched', 'reviewing']);

describe('the events generator', () => {
  it('writes events over two years with a realistic mix of states, in the generated villages', async () => {
    const { events: all, dispatches } = await rowsOf(a);
    expect(all).toHaveLength(result.events);
    expect(result.events).toBe(1500);
    const homes = await a.services.database.rawQuery<{ id: string; region_code: string; grid_id: string }>(
      'select id, region_code, grid_id from households',
    );
    const villages = new Set(homes.map((h) => h.region_code));
    const grids = new Set(homes.map((h) => h.grid_id));
    expect(all.every((e) => villages.has(e.regionCode) && grids.has(e.gridId as string))).toBe(true);
    const count = (status: string) => all.filter((e) => e.status === status).length;
    expect(count('rated') / all.length).toBeGreaterThan(0.6);
    expect(count('closed')).toBeGreaterThan(0);
    expect(all.filter((e) => OPEN.has(e.status)).length).toBeGreaterThan(0);
    expect(count('returned')).toBeGreaterThan(0);
    expect(all.filter((e) => e.escalations > 0).length).toBeGreaterThan(0);
    expect(all.filter((e) => e.redoCount > 0).length).toBeGreaterThan(0);
    expect(dispatches.length).toBeGreaterThan(50);
    const times = all.map((e) => e.reportedAt.getTime());
    expect(Math.min(...times)).toBeGreaterThan(today.getTime() - 2 * 366 * 86_400_000);
    expect(Math.max(...times)).toBeLessThan(today.getTime());
    // Ratings skew high: more fives than anything else.
    const rated = all.filter((e) => e.rating != null);
    expect(rated.filter((e) => e.rating === 5).length / rated.length).toBeGreaterThan(0.4);
    expect(rated.every((e) => e.rating! >= 1 && e.rating! <= 5)).toBe(true);
    // Serial numbers run 1, 2, 3 … per village and year, in the order of reporting.
    const serials = new Map<string, number[]>();
    for (const e of [...all].sort((x, y) => x.reportedAt.getTime() - y.reportedAt.getTime())) {
      const key = `${e.year}:${e.regionCode}`;
      serials.set(key, [...(serials.get(key) ?? []), e.serial]);
    }
    for (const list of serials.values()) expect(list).toEqual(list.map((_, i) => i + 1));
  });

  it('keeps every status consistent with its stage rows', async () => {
    const { events: all, stages, dispatches } = await rowsOf(a);
    const byEvent = new Map<string, typeof stages>();
    for (const s of stages) byEvent.set(s.eventId, [...(byEvent.get(s.eventId) ?? []), s]);
    for (const e of all) {
      const mine = byEvent.get(e.id) ?? [];
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((s) => s.regionCode === e.regionCode)).toBe(true);
      const open = mine.filter((s) => s.endedAt == null);
      const own = open.filter((s) => s.dispatchId == null);
      if (OPEN.has(e.status)) expect(open.length).toBeGreaterThan(0);
      else expect(open).toEqual([]);
      // The event mirrors its own open stage; none while dispatched.
      expect(own.length).toBeLessThanOrEqual(1);
      expect(e.stageKind ?? null).toBe(own[0]?.kind ?? null);
      expect(e.stageDueAt?.getTime() ?? null).toBe(own[0]?.dueAt?.getTime() ?? null);
      if (e.status === 'dispatched') expect(open.every((s) => s.dispatchId != null)).toBe(true);
      // One escalation per stage the sweep escalated, as the sweep counts them.
      expect(e.escalations).toBe(mine.filter((s) => s.escalatedAt != null).length);
      if (e.status === 'rated') expect(e.rating).not.toBeNull();
      if (e.status === 'closed' || e.status === 'rated') expect(e.closedAt).not.toBeNull();
      if (e.redoCount > 0 && e.status === 'rated') expect(e.rating).toBeGreaterThan(2);
    }
    for (const s of stages) {
      expect(s.dueAt).not.toBeNull();
      expect(s.warnAt!.getTime()).toBeLessThan(s.dueAt!.getTime());
      if (s.endedAt) {
        expect(s.outcome).not.toBeNull();
        expect(s.workingDays).toBeGreaterThanOrEqual(0);
        expect(s.endedAt.getTime()).toBeGreaterThanOrEqual(s.startedAt.getTime());
      } else expect(s.outcome).toBeNull();
      // The sweep only marks a stage past its deadline, and escalates only what it flagged.
      if (s.overdueAt) expect(s.overdueAt.getTime()).toBeGreaterThan(s.dueAt!.getTime());
      expect(s.escalatedAt?.getTime() ?? null).toBe(s.overdueAt?.getTime() ?? null);
      if (s.outcome === 'escalated' && s.escalatedAt) expect(s.endedAt).toEqual(s.escalatedAt);
    }
    // Open stages past their deadline: flagged when older than the backlog, left for the sweep otherwise.
    const overdueOpen = stages.filter((s) => s.endedAt == null && s.dueAt! < today);
    expect(overdueOpen.length).toBeGreaterThan(0);
    const backlog = today.getTime() - 24 * 3_600_000;
    for (const s of overdueOpen) expect(s.overdueAt != null).toBe(s.dueAt!.getTime() + 60_000 <= backlog);
    // Dispatch stages belong to their dispatch, of the same event and its category's department.
    const dispatchById = new Map(dispatches.map((d) => [d.id, d]));
    for (const s of stages.filter((x) => x.dispatchId)) {
      const d = dispatchById.get(s.dispatchId!)!;
      expect(d.eventId).toBe(s.eventId);
      expect(s.owner).toBe(d.department);
      expect(['acknowledge', 'handle']).toContain(s.kind);
    }
    for (const d of dispatches)
      if (d.status === 'handled') expect(d.handledAt!.getTime()).toBeGreaterThan(d.acknowledgedAt!.getTime());
  });

  it('gives the same rows for the same seed, and refuses a county that has events', async () => {
    const b = await createHarness();
    try {
      await generated(b);
      const strip = <T extends { createdAt?: Date; updatedAt?: Date }>(rows: T[]) =>
        rows.map(({ createdAt, updatedAt, ...r }) => r);
      const [x, y] = [await rowsOf(a), await rowsOf(b)];
      expect(strip(y.events)).toEqual(strip(x.events));
      expect(y.stages).toEqual(x.stages);
      expect(y.dispatches).toEqual(x.dispatches);
    } finally {
      await b.close();
    }
    await expect(generateEvents(a.services.database, options)).rejects.toThrow(/已有网格事件/);
  });

  it("shows the generated events on the township's KPI board, village by village", async () => {
    const regions = await testRegions(a.services.database.db);
    const township = await sessionAs(a.app, a.services, 'township', regions.ownTownship.code);
    const res = await township.get('/api/events/board?unit=village&from=2024-11-01&to=2026-11-25');
    expect(res.statusCode).toBe(200);
    const rows = res.json().rows as { key: string; reported: number; closed: number; onTimeRate: number }[];
    const mine = (await rowsOf(a)).events.filter((e) =>
      e.regionCode.startsWith(regions.ownTownship.code.slice(0, 9)),
    );
    expect(rows.reduce((n, r) => n + r.reported, 0)).toBe(
      mine.filter((e) => e.reportedAt >= new Date('2024-10-31T16:00:00Z')).length,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.closed > 0 && r.onTimeRate > 0.5)).toBe(true);
  });
});
