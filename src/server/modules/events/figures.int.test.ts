import { beforeAll, describe, expect, it } from 'vitest';
import { NotFound } from '../../platform/errors';
import { seedBoard } from './board-test-kit';
import { h, regions, withEventsHarness } from './events-test-kit';
import { eventsModule } from './manifest';

// Figures of grid events on the rows of seedBoard, worked out by hand (docs/events.md §考核与公开晾晒).

withEventsHarness();

const figure = (key: string) => eventsModule.figures!.find((f) => f.key === key)!;
const ctxFor = async (role: 'county_admin' | 'township', regionCode: string) => {
  const { makeUser, ctxOf } = await import('../../../testing/factories');
  const user = await makeUser(h.services, { role, regionCode });
  return ctxOf(h.services, user);
};

beforeAll(async () => {
  await seedBoard();
});

describe('events figures', () => {
  it('names, defines and gives a unit to every figure', () => {
    expect(eventsModule.figures!.map((f) => f.key).sort()).toEqual(
      [
        'events.closed',
        'events.onTimeRate',
        'events.overdueNow',
        'events.redoRate',
        'events.reported',
        'events.satisfaction',
      ].sort(),
    );
    for (const f of eventsModule.figures!)
      for (const t of [f.label, f.definition, f.unit]) expect(t.zh && t.en).toBeTruthy();
  });

  it('computes them for a township and the county in 2026', async () => {
    const ctx = await ctxFor('county_admin', regions.county);
    const q = { regionCode: regions.ownTownship.code, year: 2026 };
    expect(await figure('events.reported').compute(ctx, q)).toBe(8); // the April event is of 2026 too
    expect(await figure('events.closed').compute(ctx, q)).toBe(3);
    // Village A's 6 timed stages (4 on time) and village B's 7 (6 on time; 民政 acknowledged a day late).
    expect(await figure('events.onTimeRate').compute(ctx, q)).toBe(76.9);
    expect(await figure('events.satisfaction').compute(ctx, q)).toBe(4.5);
    expect(await figure('events.redoRate').compute(ctx, q)).toBe(33.3);
    // e3 (village, due 03-12), e8 (民政, due 03-20) and the April event (due 04-08), all open now.
    expect(await figure('events.overdueNow').compute(ctx, q)).toBe(3);
    expect(await figure('events.reported').compute(ctx, { regionCode: regions.county, year: 2026 })).toBe(9);
    expect(await figure('events.reported').compute(ctx, { ...q, year: 2025 })).toBe(0);
  });

  it('refuses a region outside the caller’s scope with NotFound', async () => {
    const ctx = await ctxFor('township', regions.ownTownship.code);
    for (const f of eventsModule.figures!)
      await expect(
        f.compute(ctx, { regionCode: regions.otherVillage.code, year: 2026 }),
      ).rejects.toBeInstanceOf(NotFound);
  });
});
