import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../testing/ok';
import { auditLog } from '../../platform/audit/tables';
import { seedMissingEventCatalogues } from './catalogue';
import {
  category,
  county,
  h,
  regions,
  report,
  sessionOf,
  township,
  village,
  villager,
  withEventsHarness,
} from './events-test-kit';
import { eventCategories, eventStages, serviceItems } from './tables';

// 事件类别 and 服务清单: seeded once per county, edited by the county admin only, validated field by
// field, and a new limit applies to stages opened after the edit only.

withEventsHarness();

const countOf = async (table: typeof eventCategories | typeof serviceItems, code: string) => {
  const [row] = await h.services.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(eq(table.regionCode, code));
  return row.n;
};

const LIMITS = {
  accept: { amount: 1, unit: 'wd' },
  village: { amount: 3, unit: 'd' },
  township: { amount: 5, unit: 'wd' },
  acknowledge: { amount: 1, unit: 'wd' },
  handle: { amount: 5, unit: 'wd' },
  review: { amount: 2, unit: 'wd' },
};
const newCategory = (extra: Record<string, unknown> = {}) => ({
  code: 'E16',
  name: '森林防火',
  handlingLevel: 'village',
  departments: ['emergency', 'natural_resources'],
  limits: LIMITS,
  ...extra,
});

describe('the default catalogues', () => {
  it('gives each imported county 15 categories and 17 service items, and writes them only once', async () => {
    for (const code of [regions.county, regions.otherCounty]) {
      expect(await countOf(eventCategories, code)).toBe(15);
      expect(await countOf(serviceItems, code)).toBe(17);
    }
    expect(await seedMissingEventCatalogues(h.services.database.db)).toBe(0);
    expect(await countOf(serviceItems, regions.county)).toBe(17);
    const seeds = await h.services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'events.services.seed'), eq(auditLog.regionCode, regions.county)));
    expect(seeds).toHaveLength(1);
  });

  it('lists the five fixes of every item and the category each request becomes, to a villager', async () => {
    const items = await ok(villager.get('/api/events/services'));
    expect(items).toHaveLength(17);
    const dibao = items.find((i: { name: string }) => i.name === '最低生活保障');
    expect(dibao).toMatchObject({ intake: 'V→T', categoryCode: 'E06', categoryName: '困难救助、返贫风险' });
    expect(dibao.limitNote).toContain('村级公示≥7天');
    expect(dibao.place).toContain('村党群服务中心');
    expect(dibao.initials).toBe('zdshbz');
    for (const item of items) {
      expect(item.categoryId, item.name).toBeTruthy();
      for (const fix of ['place', 'person', 'hours', 'standard']) expect(item[fix].length).toBeGreaterThan(4);
    }
    const categories = await ok(villager.get('/api/events/categories'));
    expect(categories.map((c: { code: string }) => c.code)).toContain('E15');
  });
});

describe('editing the categories', () => {
  it('adds a category with an audit row, and refuses a duplicate code, a bad limit and an unknown department with 422', async () => {
    const added = await ok(county.post('/api/events/categories', newCategory({ code: 'e16' })), 201);
    expect(added).toMatchObject({ code: 'E16', regionCode: regions.county, active: true });
    const [audit] = await h.services.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'events.category.create'), eq(auditLog.entityId, added.id)));
    expect(audit).toBeTruthy();

    const dup = await ok(county.post('/api/events/categories', newCategory({ name: '另一个' })), 422);
    expect(dup.fields).toEqual([{ path: 'code', message: expect.stringContaining('森林防火') }]);
    const renamed = await ok(county.patch(`/api/events/categories/${added.id}`, { code: 'E01' }), 422);
    expect(renamed.fields[0].path).toBe('code');

    const badLimit = await ok(
      county.patch(`/api/events/categories/${added.id}`, {
        limits: { ...LIMITS, handle: { amount: 0, unit: 'wd' }, accept: { amount: 2, unit: 'weeks' } },
      }),
      422,
    );
    expect(badLimit.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'limits.accept',
      'limits.handle',
    ]);
    expect(badLimit.message).toContain('「部门办理」时限');
    const missing = await ok(
      county.patch(`/api/events/categories/${added.id}`, { limits: { accept: LIMITS.accept } }),
      422,
    );
    expect(missing.fields.map((f: { path: string }) => f.path)).toContain('limits.review');

    const dept = await ok(
      county.patch(`/api/events/categories/${added.id}`, { departments: ['emergency', 'moon_base'] }),
      422,
    );
    expect(dept.fields).toEqual([{ path: 'departments', message: expect.stringContaining('moon_base') }]);
    const unchanged = await category('E16');
    expect(unchanged.departments).toEqual(['emergency', 'natural_resources']);
  });

  it('deactivates instead of deleting: a stopped category leaves the reporters’ list but stays in the editor', async () => {
    const e16 = await category('E16');
    const stopped = await ok(county.patch(`/api/events/categories/${e16.id}`, { active: false }));
    expect(stopped.active).toBe(false);
    const forReporters = await ok(village.get('/api/events/categories'));
    expect(forReporters.some((c: { code: string }) => c.code === 'E16')).toBe(false);
    const forEditor = await ok(county.get('/api/events/categories?includeInactive=true'));
    expect(forEditor.some((c: { code: string }) => c.code === 'E16')).toBe(true);
    const refused = await ok(
      villager.post('/api/events', { categoryId: e16.id, description: '山上有人烧荒，烟很大' }),
      422,
    );
    expect(refused.fields[0].path).toBe('categoryId');
  });

  it('applies a changed limit to stages opened after the edit, not to those already open', async () => {
    const before = await report();
    const e14 = await category('E14');
    await ok(
      county.patch(`/api/events/categories/${e14.id}`, {
        limits: { ...e14.limits, accept: { amount: 4, unit: 'h' } },
      }),
    );
    const after = await report();
    const stageOf = async (eventId: string) =>
      (await h.services.database.db.select().from(eventStages).where(eq(eventStages.eventId, eventId)))[0];
    const old = await stageOf(before.id);
    const fresh = await stageOf(after.id);
    expect(old.limit).toEqual({ amount: 1, unit: 'wd' });
    expect(fresh.limit).toEqual({ amount: 4, unit: 'h' });
    expect(fresh.dueAt!.getTime() - fresh.startedAt.getTime()).toBe(4 * 3600_000);
    const oldAgain = await stageOf(before.id);
    expect(oldAgain.dueAt).toEqual(old.dueAt);
    await ok(county.patch(`/api/events/categories/${e14.id}`, { limits: e14.limits }));
  });

  it('keeps each county to its own catalogue: another county’s admin gets 404, others 403', async () => {
    const e01 = await category('E01');
    const lingyun = await sessionOf('county_admin', regions.otherCounty);
    await ok(lingyun.patch(`/api/events/categories/${e01.id}`, { name: '改别人的' }), 404);
    const [item] = await h.services.database.db
      .select()
      .from(serviceItems)
      .where(eq(serviceItems.regionCode, regions.county))
      .limit(1);
    await ok(lingyun.patch(`/api/events/services/${item.id}`, { name: '改别人的' }), 404);
    await ok(villager.patch(`/api/events/categories/${e01.id}`, { name: '村民改' }), 403);
    await ok(township.post('/api/events/categories', newCategory({ code: 'E17' })), 403);
    await ok(villager.patch(`/api/events/services/${item.id}`, { name: '村民改' }), 403);
    expect((await category('E01')).name).toBe('矛盾纠纷');
    const theirs = await ok(lingyun.get('/api/events/categories'));
    expect(theirs.every((c: { regionCode: string }) => c.regionCode === regions.otherCounty)).toBe(true);
  });
});
