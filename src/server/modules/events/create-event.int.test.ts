import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ok as refused } from '../../../testing/ok';
import { workflowHistory } from '../../platform/workflow/tables';
import {
  category,
  grid,
  h,
  household,
  regions,
  report,
  village,
  villager,
  withEventsHarness,
} from './events-test-kit';
import { eventStages, events } from './tables';

// 上报: the place comes from the account or the household, the first stage opens with its
// deadline, and a report sent twice with one key is filed once.

withEventsHarness();

describe('reporting an event', () => {
  it('files a grid worker report in the village with a numbered event and an accept stage due within a working day', async () => {
    const e = await report();
    expect(e).toMatchObject({
      status: 'reported',
      regionCode: regions.ownVillage.code,
      categoryCode: 'E14',
      source: 'grid_worker',
    });
    expect(e.number).toMatch(/^\d{4}-\d{6}-\d{4}$/);
    const stages = await h.services.database.db
      .select()
      .from(eventStages)
      .where(eq(eventStages.eventId, e.id));
    expect(stages).toHaveLength(1);
    expect(stages[0]).toMatchObject({ kind: 'accept', owner: 'village', limit: { amount: 1, unit: 'wd' } });
    expect(stages[0].dueAt!.getTime()).toBeGreaterThan(stages[0].startedAt.getTime());
    const steps = await h.services.database.db
      .select()
      .from(workflowHistory)
      .where(eq(workflowHistory.recordId, e.id));
    expect(steps.map((s) => s.toState)).toEqual(['reported']);
  });

  it('files a report sent twice with the same Idempotency-Key once', async () => {
    const headers = { 'idempotency-key': 'offline-report-0001' };
    const first = await report({}, villager, 'E14', headers);
    const again = await report({}, villager, 'E14', headers);
    expect(again.id).toBe(first.id);
    const rows = await h.services.database.db.select().from(events).where(eq(events.id, first.id));
    expect(rows).toHaveLength(1);
  });

  it('takes the household and its small grid for a report about a household, and converts GCJ-02 to WGS84', async () => {
    const home = await household();
    const e = await report(
      { householdId: home.id, location: { lat: 23.6, lng: 107.1, datum: 'gcj02' } },
      village,
      'E06',
    );
    expect(e.householdId).toBe(home.id);
    expect(e.lat).not.toBe(23.6);
    expect(Math.abs(e.lat - 23.6)).toBeLessThan(0.01);
  });

  it('refuses a category that asks for a photo unless the report is kept as a draft, and a village outside the scope', async () => {
    const e03 = await category('E03');
    const r = await refused(
      grid.post('/api/events', { categoryId: e03.id, description: '山体有裂缝，可能滑坡' }),
      409,
    );
    expect(r.message).toContain('照片');
    const draft = await report({ draft: true }, grid, 'E03');
    expect(draft.status).toBe('draft');
    const out = await refused(
      village.post('/api/events', {
        categoryId: e03.id,
        description: '别的乡镇的事',
        regionCode: regions.otherVillage.code,
      }),
      422,
    );
    expect(out.fields[0].path).toBe('regionCode');
  });
});
