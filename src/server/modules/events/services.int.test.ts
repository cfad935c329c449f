import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../testing/ok';
import { auditLog } from '../../platform/audit/tables';
import { category, county, h, regions, villager, withEventsHarness } from './events-test-kit';
import { events, serviceItems } from './tables';

// 服务清单: the county admin edits its items (validated, audited, never deleted), and a villager's
// request (申请办理) becomes an event of the item's category in the villager's village.

withEventsHarness();

const itemOf = async (name: string, countyCode = regions.county) => {
  const [row] = await h.services.database.db
    .select()
    .from(serviceItems)
    .where(and(eq(serviceItems.regionCode, countyCode), eq(serviceItems.name, name)));
  return row;
};

const newItem = (extra: Record<string, unknown> = {}) => ({
  code: 'S18',
  domain: '民政',
  name: '殡葬补贴',
  intake: 'V→T',
  place: '村党群服务中心便民服务窗口',
  person: '村代办员',
  hours: '工作日 9:00–12:00',
  standard: '带逝者身份证、死亡证明、火化证明',
  timeLimit: { amount: 10, unit: 'wd' },
  categoryCode: 'E06',
  ...extra,
});

describe('a service request', () => {
  it('becomes an event of the item’s category in the villager’s village, with source service', async () => {
    const dibao = await itemOf('最低生活保障');
    const e14 = await category('E14');
    const e = await ok(
      villager.post('/api/events', {
        categoryId: e14.id,
        serviceItemId: dibao.id,
        description: '家里老人生病，想申请低保',
      }),
      201,
    );
    expect(e).toMatchObject({
      categoryCode: 'E06',
      source: 'service',
      regionCode: regions.ownVillage.code,
      status: 'reported',
      title: '申请办理：最低生活保障',
    });
    const [row] = await h.services.database.db.select().from(events).where(eq(events.id, e.id));
    expect(row.serviceItemId).toBe(dibao.id);
  });

  it('refuses an item of another county and a stopped item, naming serviceItemId', async () => {
    const e06 = await category('E06');
    const theirs = await itemOf('最低生活保障', regions.otherCounty);
    const other = await ok(
      villager.post('/api/events', { categoryId: e06.id, serviceItemId: theirs.id, description: '申请低保' }),
      422,
    );
    expect(other.fields[0].path).toBe('serviceItemId');
    const loan = await itemOf('小额信贷、金融服务点');
    await ok(county.patch(`/api/events/services/${loan.id}`, { active: false }));
    const stopped = await ok(
      villager.post('/api/events', { categoryId: e06.id, serviceItemId: loan.id, description: '想贷款养牛' }),
      422,
    );
    expect(stopped.message).toContain('已停止办理');
    const listed = await ok(villager.get('/api/events/services'));
    expect(listed.some((i: { id: string }) => i.id === loan.id)).toBe(false);
    await ok(county.patch(`/api/events/services/${loan.id}`, { active: true }));
  });
});

describe('editing the service list', () => {
  it('adds, edits and stops an item with audit rows', async () => {
    const added = await ok(county.post('/api/events/services', newItem()), 201);
    expect(added).toMatchObject({ code: 'S18', categoryName: '困难救助、返贫风险', initials: 'bzbt' });
    const edited = await ok(
      county.patch(`/api/events/services/${added.id}`, {
        timeLimit: null,
        limitNote: '当场受理，乡镇 10 日内发放',
      }),
    );
    expect(edited).toMatchObject({ timeLimit: null, limitNote: '当场受理，乡镇 10 日内发放', active: true });
    await ok(county.patch(`/api/events/services/${added.id}`, { active: false }));
    const actions = await h.services.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, added.id));
    expect(actions.map((a) => a.action).sort()).toEqual([
      'events.service.create',
      'events.service.deactivate',
      'events.service.update',
    ]);
    const all = await ok(county.get('/api/events/services?includeInactive=true'));
    expect(all.find((i: { id: string }) => i.id === added.id).active).toBe(false);
  });

  it('refuses a duplicate code, an unknown category, a bad intake and a bad limit with 422 naming the field', async () => {
    const dup = await ok(county.post('/api/events/services', newItem({ code: 'S01' })), 422);
    expect(dup.fields).toEqual([
      { path: 'code', message: expect.stringContaining('城乡居民养老保险参保登记') },
    ]);
    const cat = await ok(
      county.post('/api/events/services', newItem({ code: 'S19', categoryCode: 'E99' })),
      422,
    );
    expect(cat.fields[0].path).toBe('categoryCode');
    const bad = await ok(
      county.post(
        '/api/events/services',
        newItem({ code: 'S19', intake: 'X', timeLimit: { amount: 1.5, unit: 'wd' } }),
      ),
      422,
    );
    expect(bad.fields.map((f: { path: string }) => f.path)).toEqual(['intake', 'timeLimit']);
    expect(await itemOf('殡葬补贴')).toBeTruthy();
  });
});
