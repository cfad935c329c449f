import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridWorkers } from '../server/modules/grids/tables';
import { users } from '../server/platform/auth/tables';
import { loginAs } from '../testing/factories';
import { createHarness, type TestHarness } from '../testing/harness';
import { DEMO_PASSWORD, seedDemo } from './seed';

// The demo's grid worker (wangge) belongs to a grid: 我的网格 opens it and the grids page counts
// 网格员 1 there (issue 11: it showed 网格员 0).

let h: TestHarness;
beforeAll(async () => {
  h = await createHarness();
  await seedDemo(h.services, () => undefined);
}, 600_000);
afterAll(() => h.close());

const db = () => h.services.database.db;
const wanggeId = async () =>
  (await db().select({ id: users.id }).from(users).where(eq(users.username, 'wangge')))[0].id;

describe('the demo grid worker', () => {
  it('works the first 十联户 of its village, counted on the grids page', async () => {
    const wangge = await loginAs(h.app, 'wangge', DEMO_PASSWORD);
    const mine = (await wangge.get('/api/grids/mine')).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ tier: 'small', workerCount: 1 });
    expect(mine[0].householdCount).toBeGreaterThan(0);
    const cun = await loginAs(h.app, 'cun', DEMO_PASSWORD);
    const card = (await cun.get(`/api/grids/${mine[0].id}/card`)).json();
    expect(card.grid.workerCount).toBe(1);
    expect(card.workers.map((w: { userId: string | null }) => w.userId)).toContain(await wanggeId());
  });

  it('links a demo seeded before the link existed at the next start, once', async () => {
    await db()
      .delete(gridWorkers)
      .where(eq(gridWorkers.userId, await wanggeId()));
    await seedDemo(h.services, () => undefined);
    await seedDemo(h.services, () => undefined);
    expect(
      await db()
        .select()
        .from(gridWorkers)
        .where(eq(gridWorkers.userId, await wanggeId())),
    ).toHaveLength(1);
  });
});
