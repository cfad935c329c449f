import { and, asc, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeUser, type Session, testRegions } from '../../../testing/factories';
import { createHarness, type TestHarness } from '../../../testing/harness';
import { auditLog } from '../../platform/audit/tables';
import { verifyAuditChains } from '../../platform/audit/verify';

let h: TestHarness;
let regions: Awaited<ReturnType<typeof testRegions>>;
let tiandong: Session;
let lingyun: Session;
let lingyunUserId: string;
beforeAll(async () => {
  h = await createHarness();
  regions = await testRegions(h.services.database.db);
  tiandong = await loginAs(
    h.app,
    (await makeUser(h.services, { role: 'county_admin', regionCode: regions.county })).username,
  );
  lingyun = await loginAs(
    h.app,
    (await makeUser(h.services, { role: 'county_admin', regionCode: regions.otherCounty })).username,
  );
  for (let i = 0; i < 4; i++) {
    const res = await tiandong.post('/api/users', account('grid_worker', regions.ownVillage.code));
    expect(res.statusCode).toBe(201);
  }
  const other = await lingyun.post('/api/users', account('villager', regions.otherCountyVillage.code));
  expect(other.statusCode).toBe(201);
  lingyunUserId = other.json().id;
});
afterAll(() => h.close());

const db = () => h.services.database.db;
let counter = 0;
function account(role: string, scopeCode: string) {
  counter++;
  return {
    username: `audit${counter}x${Date.now() % 100_000}`,
    displayName: `审计测试${counter}`,
    role,
    scopeCode,
    phone: `1380000${String(counter).padStart(4, '0')}`,
    initialPassword: 'Initial-pass-2026',
  };
}

/** Runs `work` with the append-only trigger switched off, as someone with database access could. */
const withTriggerDisabled = async (work: () => Promise<unknown>) => {
  await db().execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
  try {
    await work();
  } finally {
    await db().execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
  }
};

/** The database's own message for a failed statement, wherever the driver wrapper put it. */
const failureOf = async (statement: Promise<unknown>): Promise<string> => {
  try {
    await statement;
  } catch (error) {
    const e = error as Error & { cause?: Error };
    return `${e.message} ${e.cause?.message ?? ''}`;
  }
  return 'statement succeeded';
};

describe('audit chain', () => {
  it('verifies every chain without a broken link after ordinary writes', async () => {
    const result = await verifyAuditChains(db());
    expect(result.broken).toBeNull();
    expect(result.chains).toBeGreaterThanOrEqual(2);
    const [{ total }] = await db().select({ total: sql<number>`count(*)::int` }).from(auditLog);
    expect(result.rows).toBe(total);
  });

  it('numbers each county’s chain 1, 2, 3 … linking every row to the one before', async () => {
    const rows = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.chain, '451022'))
      .orderBy(asc(auditLog.seq));
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    for (let i = 1; i < rows.length; i++) expect(rows[i].prevHash).toBe(rows[i - 1].hash);
    expect(rows.every((r) => r.regionCode.startsWith('451022'))).toBe(true);
  });

  it('reports a row whose diff was altered behind the application’s back', async () => {
    const [target] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.chain, '451022'), eq(auditLog.action, 'user.create')))
      .orderBy(asc(auditLog.seq))
      .limit(1);
    const original = JSON.stringify(target.diff);
    await withTriggerDisabled(() =>
      db().execute(
        sql`update audit_log set diff = jsonb_set(diff, '{after,displayName}', '"篡改后的姓名"') where id = ${target.id}`,
      ),
    );
    const tampered = await verifyAuditChains(db());
    expect(tampered.broken).toEqual({ chain: '451022', seq: target.seq, id: target.id, reason: 'hash' });

    await withTriggerDisabled(() =>
      db().execute(sql`update audit_log set diff = ${original}::jsonb where id = ${target.id}`),
    );
    expect((await verifyAuditChains(db())).broken).toBeNull();
  });

  it('reports a gap when a row was deleted', async () => {
    const [target] = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.chain, '451022'))
      .orderBy(asc(auditLog.seq))
      .limit(1)
      .offset(2);
    await withTriggerDisabled(() => db().execute(sql`delete from audit_log where id = ${target.id}`));
    const result = await verifyAuditChains(db());
    expect(result.broken).toMatchObject({ chain: '451022', seq: target.seq + 1, reason: 'sequence' });

    const { id: _id, ...content } = target;
    await withTriggerDisabled(() => db().insert(auditLog).values(content));
    expect((await verifyAuditChains(db())).broken).toBeNull();
  });

  it('refuses UPDATE, DELETE and TRUNCATE while the append-only trigger is on', async () => {
    const [row] = await db().select().from(auditLog).limit(1);
    expect(
      await failureOf(db().execute(sql`update audit_log set action = 'x' where id = ${row.id}`)),
    ).toContain('audit_log is append-only');
    expect(await failureOf(db().execute(sql`delete from audit_log where id = ${row.id}`))).toContain(
      'audit_log is append-only',
    );
    expect(await failureOf(db().execute(sql`truncate audit_log`))).toContain('audit_log is append-only');
    const [after] = await db().select().from(auditLog).where(eq(auditLog.id, row.id));
    expect(after).toEqual(row);
  });

  it('keeps the chain unbroken when 20 accounts are created at once', async () => {
    const before = await db().select().from(auditLog).where(eq(auditLog.chain, '451022'));
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        tiandong.post('/api/users', account('villager', regions.ownVillage.code)),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const result = await verifyAuditChains(db());
    expect(result.broken).toBeNull();
    const rows = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.chain, '451022'))
      .orderBy(asc(auditLog.seq));
    expect(rows).toHaveLength(before.length + 20);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    const created = new Set(results.map((r) => r.json().id));
    expect(rows.filter((r) => r.action === 'user.create' && created.has(r.entityId)).length).toBe(20);
  });
});

describe('GET /api/audit', () => {
  type Entry = { id: number; action: string; regionCode: string; entityId: string | null; diff: unknown };

  it('pages through the log newest first', async () => {
    const first = (await tiandong.get('/api/audit?pageSize=3&page=1')).json();
    const second = (await tiandong.get('/api/audit?pageSize=3&page=2')).json();
    expect(first.items).toHaveLength(3);
    expect(second.items).toHaveLength(3);
    const ids = [...first.items, ...second.items].map((e: Entry) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(6);
    expect(first.total).toBe(second.total);
    expect(first.total).toBeGreaterThan(6);
  });

  it('filters by action', async () => {
    const res = await tiandong.get('/api/audit?action=user.create&pageSize=200');
    const items: Entry[] = res.json().items;
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.every((e) => e.action === 'user.create')).toBe(true);
    expect(res.json().total).toBe(items.length);
    const prefix: Entry[] = (await tiandong.get('/api/audit?action=auth.&pageSize=200')).json().items;
    expect(prefix.length).toBeGreaterThan(0);
    expect(prefix.every((e) => e.action.startsWith('auth.'))).toBe(true);
    const exact: Entry[] = (await tiandong.get('/api/audit?action=auth.login&pageSize=200')).json().items;
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.every((e) => e.action === 'auth.login')).toBe(true);
  });

  it('names actions, record kinds and regions in Chinese and English', async () => {
    const items = (await tiandong.get('/api/audit?action=user.create&pageSize=200')).json().items;
    const inVillage = items.find((e: Entry) => e.regionCode === regions.ownVillage.code);
    expect(inVillage).toMatchObject({
      action: 'user.create',
      actionName: { zh: '新建账号', en: 'Create account' },
      entity: 'user',
      entityName: { zh: '账号', en: 'Account' },
      regionName: `${regions.ownTownship.name} / ${regions.ownVillage.name}`,
    });
    const [login] = (await tiandong.get('/api/audit?action=auth.login&pageSize=1')).json().items;
    expect(login.actionName).toEqual({ zh: '登录', en: 'Log in' });
    expect(login.regionName).toBe('田东县');
  });

  it('lists the names of every action and record kind for the pickers, by module', async () => {
    const res = await tiandong.get('/api/audit/names');
    expect(res.statusCode).toBe(200);
    const { actions, entities } = res.json() as {
      actions: { key: string; name: { zh: string }; group: { zh: string } }[];
      entities: { key: string; name: { zh: string } }[];
    };
    expect(actions.find((a) => a.key === 'points.catalogue.seed')).toMatchObject({
      name: { zh: '生成默认积分规则目录' },
      group: { zh: '积分' },
    });
    expect(actions.find((a) => a.key === 'points.claim.approve')?.name.zh).toBe('审核通过（积分申报）');
    expect(entities.find((e) => e.key === 'points_rule')?.name.zh).toBe('积分规则');
    expect(new Set(actions.map((a) => a.key)).size).toBe(actions.length);
    expect(new Set(entities.map((e) => e.key)).size).toBe(entities.length);
  });

  it('filters by region: the region and the regions below it, never outside the caller’s scope', async () => {
    const village: Entry[] = (
      await tiandong.get(`/api/audit?regionCode=${regions.ownVillage.code}&pageSize=200`)
    ).json().items;
    expect(village.length).toBeGreaterThanOrEqual(4);
    expect(village.every((e) => e.regionCode.startsWith(regions.ownVillage.code))).toBe(true);
    const township = (
      await tiandong.get(`/api/audit?regionCode=${regions.ownTownship.code}&pageSize=1`)
    ).json();
    expect(township.total).toBeGreaterThanOrEqual(village.length);
    const outside = (
      await tiandong.get(`/api/audit?regionCode=${regions.otherCountyVillage.code}&pageSize=200`)
    ).json();
    expect(outside.total).toBe(0);
    expect((await tiandong.get('/api/audit?regionCode=4510')).statusCode).toBe(400);
  });

  it('filters by day in China time', async () => {
    const chinaDay = (offsetDays: number) =>
      new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
    const all = (await tiandong.get('/api/audit?pageSize=1')).json().total;
    const upToToday = (await tiandong.get(`/api/audit?pageSize=1&to=${chinaDay(0)}`)).json().total;
    const fromTomorrow = (await tiandong.get(`/api/audit?pageSize=1&from=${chinaDay(1)}`)).json().total;
    expect(upToToday).toBe(all);
    expect(all).toBeGreaterThan(0);
    expect(fromTomorrow).toBe(0);
    expect((await tiandong.get('/api/audit?from=2026-13-01')).statusCode).toBe(400);
  });

  it('shows only rows of the caller’s county', async () => {
    const tiandongItems: Entry[] = (await tiandong.get('/api/audit?pageSize=200')).json().items;
    expect(tiandongItems.every((e) => e.regionCode.startsWith('451022'))).toBe(true);
    expect(tiandongItems.map((e) => e.entityId)).not.toContain(lingyunUserId);

    const lingyunItems: Entry[] = (await lingyun.get('/api/audit?pageSize=200')).json().items;
    expect(lingyunItems.every((e) => e.regionCode.startsWith('451027'))).toBe(true);
    expect(lingyunItems.map((e) => e.entityId)).toContain(lingyunUserId);
  });

  it('shows personal data masked', async () => {
    const items: Entry[] = (await tiandong.get('/api/audit?action=user.create&pageSize=200')).json().items;
    const text = JSON.stringify(items);
    expect(text).not.toMatch(/1380000\d{4}/);
    expect(text).toMatch(/138\*\*\*\*\d{4}/);
  });

  it('is open to county admins only', async () => {
    const townshipUser = await makeUser(h.services, {
      role: 'township',
      regionCode: regions.ownTownship.code,
    });
    const session = await loginAs(h.app, townshipUser.username);
    expect((await session.get('/api/audit')).statusCode).toBe(403);
    expect((await session.get('/api/audit/export')).statusCode).toBe(403);
  });
});

describe('GET /api/audit/export', () => {
  it('exports the filtered rows as an xlsx that Excel readers can open, and audits the export', async () => {
    const res = await tiandong.get('/api/audit/export?action=user.create');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/^attachment; .*filename\*=UTF-8''/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('审计日志')!;
    expect(sheet).toBeDefined();
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '编号',
      '时间',
      '操作人',
      '角色',
      '操作',
      '对象',
      '对象编号',
      '区划',
      '区划代码',
      '请求编号',
      'IP',
      '变更内容',
    ]);

    const listed = (await tiandong.get('/api/audit?action=user.create&pageSize=200')).json().items as {
      id: number;
      entityId: string;
    }[];
    const exported: { id: number; action: string; entityId: string; diff: string }[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      exported.push({
        id: Number(row.getCell(1).value),
        action: String(row.getCell(5).value),
        entityId: String(row.getCell(7).value),
        diff: String(row.getCell(12).value),
      });
    });
    expect(exported.map((r) => r.id)).toEqual(listed.map((r) => r.id));
    expect(exported.every((r) => r.action === '新建账号')).toBe(true);
    expect(exported.map((r) => r.entityId)).not.toContain(lingyunUserId);
    expect(JSON.parse(exported[0].diff)).toHaveProperty('after.username');

    const [exportRow] = await db()
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'audit.export'), eq(auditLog.requestId, String(res.headers['x-request-id']))),
      );
    expect(exportRow).toMatchObject({
      entity: 'audit_log',
      regionCode: regions.county,
      diff: { filters: { action: 'user.create' } },
    });
  });
});
