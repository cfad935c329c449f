import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import { auditLog } from '../../../platform/audit/tables';
import {
  county,
  db,
  publishedSet,
  regions,
  sessionOf,
  township,
  withAssessHarness,
} from '../assessments-test-kit';
import { criteriaIndicators, criteriaSets } from '../tables';

// 评定标准: a published set never changes, next year's is a copy that is edited and published
// after checks whose messages are Chinese and name the field.

withAssessHarness();

const base = '/api/assess/criteria';
const indicator = (extra: Record<string, unknown> = {}) => ({
  code: 'H1',
  area: 'A',
  name: '新增指标',
  method: 'yesno',
  maxPoints: 5,
  ...extra,
});

const snapshot = async (setId: string) => ({
  set: (await db().select().from(criteriaSets).where(eq(criteriaSets.id, setId)))[0],
  indicators: await db().select().from(criteriaIndicators).where(eq(criteriaIndicators.setId, setId)),
});

describe('a published set', () => {
  it('refuses every edit with 409 and the Chinese message, and nothing changes', async () => {
    const set = await publishedSet();
    const before = await snapshot(set.id);
    const one = before.indicators[0];
    const attempts = [
      county.patch(`${base}/${set.id}`, { name: '改名' }),
      county.patch(`${base}/${set.id}`, { thresholds: { five: 95, four: 85, three: 75, two: 65 } }),
      county.post(`${base}/${set.id}/indicators`, indicator()),
      county.patch(`${base}/${set.id}/indicators/${one.id}`, { maxPoints: 9 }),
      county.request('DELETE', `${base}/${set.id}/indicators/${one.id}`),
      county.request('PUT', `${base}/${set.id}/indicator-order`, {
        ids: [...before.indicators].reverse().map((i) => i.id),
      }),
      county.post(`${base}/${set.id}/publish`),
      county.request('DELETE', `${base}/${set.id}`),
    ];
    for (const res of attempts) {
      const body = await ok(res, 409);
      expect(body.message).toBe('已发布的评定标准不能修改，请复制为新版本');
    }
    expect(await snapshot(set.id)).toEqual(before);
  });

  it('is read by the township but written only by the county admin', async () => {
    const set = await publishedSet();
    const seen = await ok(township.get(`${base}/${set.id}`));
    expect(seen.indicators).toHaveLength(20);
    expect(seen.indicators.find((i: { code: string }) => i.code === 'E2').sourceLabel.zh).toBe('按时办结率');
    expect((await township.post(`${base}/${set.id}/copy`, { year: 2030 })).statusCode).toBe(403);
    const lingyun = await sessionOf('county_admin', regions.otherCounty);
    expect((await lingyun.get(`${base}/${set.id}`)).statusCode).toBe(404);
    expect((await lingyun.post(`${base}/${set.id}/copy`, { year: 2030 })).statusCode).toBe(404);
  });
});

describe('copy, edit, publish', () => {
  it('copies to a draft of the year asked with the same codes, edits it and publishes it', async () => {
    const source = await publishedSet();
    const copy = await ok(county.post(`${base}/${source.id}/copy`, { year: source.year + 1 }), 201);
    expect(copy).toMatchObject({ status: 'draft', year: source.year + 1, version: 1, basedOnId: source.id });
    const sourceCodes = (await snapshot(source.id)).indicators.map((i) => i.code).sort();
    expect(copy.indicators.map((i: { code: string }) => i.code).sort()).toEqual(sourceCodes);
    const again = await ok(county.post(`${base}/${source.id}/copy`, { year: source.year + 1 }), 201);
    expect(again.version).toBe(2);

    await ok(county.patch(`${base}/${copy.id}`, { thresholds: { five: 92, four: 82, three: 72, two: 62 } }));
    const added = await ok(county.post(`${base}/${copy.id}/indicators`, indicator({ code: 'a9' })), 201);
    expect(added.code).toBe('A9');
    const b3 = copy.indicators.find((i: { code: string }) => i.code === 'B3');
    await ok(county.patch(`${base}/${copy.id}/indicators/${b3.id}`, { maxPoints: 1 }));
    const ids = [added.id, ...copy.indicators.map((i: { id: string }) => i.id)];
    const ordered = await ok(county.request('PUT', `${base}/${copy.id}/indicator-order`, { ids }));
    expect(ordered.indicators[0].code).toBe('A9');

    const published = await ok(county.post(`${base}/${copy.id}/publish`));
    expect(published.status).toBe('published');
    expect(published.publishedAt).not.toBeNull();
    expect(published.maxTotal).toBe(100 + 5 - 1);
    const [row] = await db().select().from(criteriaSets).where(eq(criteriaSets.id, copy.id));
    expect(row.publishedBy).not.toBeNull();
    const audits = await db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'criteria_set'), eq(auditLog.entityId, copy.id)));
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'assessments.criteria.copy',
        'assessments.criteria.update',
        'assessments.criteria.indicator.create',
        'assessments.criteria.indicator.update',
        'assessments.criteria.indicator.reorder',
        'assessments.criteria.publish',
      ]),
    );
    const list = await ok(county.get(`${base}?year=${source.year + 1}&status=draft`));
    expect(list.map((s: { id: string }) => s.id)).toEqual([again.id]);
    await ok(county.request('DELETE', `${base}/${again.id}`));
    expect((await county.get(`${base}/${again.id}`)).statusCode).toBe(404);
  });

  it('checks indicators as they are written', async () => {
    const draft = await ok(county.post(base, { year: 2035 }), 201);
    const bad = await ok(
      county.post(
        `${base}/${draft.id}/indicators`,
        indicator({ method: 'tiers', tiers: [], source: { figure: 'no.such', map: 'percent' } }),
      ),
      422,
    );
    const paths = bad.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['tiers', 'source.figure', 'source.map']));
    expect(bad.message).toMatch(/档次/);
    await ok(county.post(`${base}/${draft.id}/indicators`, indicator()), 201);
    const dup = await ok(county.post(`${base}/${draft.id}/indicators`, indicator({ name: '另一个' })), 422);
    expect(dup.fields[0]).toMatchObject({ path: 'code', message: '编码 H1 已被指标「新增指标」使用' });
  });

  it('refuses to publish a set that fails the checks, naming each field in Chinese', async () => {
    const draft = await ok(county.post(base, { year: 2036 }), 201);
    const empty = await ok(county.post(`${base}/${draft.id}/publish`), 422);
    expect(empty.fields).toContainEqual({ path: 'indicators', message: '评定标准至少要有一个指标' });

    await ok(
      county.post(
        `${base}/${draft.id}/indicators`,
        indicator({ code: 'G1', area: 'G', method: 'points', maxPoints: 30 }),
      ),
      201,
    );
    await ok(
      county.patch(`${base}/${draft.id}`, {
        thresholds: { five: 28, four: 20, three: 10, two: 5 },
        rules: { satisfaction: { indicator: 'G1', below: 60, maxStars: 2 }, vetoMaxStars: 1 },
      }),
    );
    // A figure that was installed when written but is not now (a module removed) is caught at publish.
    await db()
      .update(criteriaIndicators)
      .set({ source: { figure: 'gone.figure', map: 'atLeast', min: 1 }, method: 'yesno' })
      .where(eq(criteriaIndicators.setId, draft.id));
    const res = await ok(county.post(`${base}/${draft.id}/publish`), 422);
    expect(res.fields).toEqual(
      expect.arrayContaining([
        { path: 'rules.satisfaction.indicator', message: '满意度指标 G1 的计分方式应为百分比' },
        { path: 'indicators.G1.source.figure', message: '指标 G1 读取的数据「gone.figure」不存在或未安装' },
      ]),
    );
    const thresholds = await ok(
      county.patch(`${base}/${draft.id}`, { thresholds: { five: 80, four: 90, three: 70, two: 60 } }),
      422,
    );
    expect(thresholds.fields).toEqual([{ path: 'thresholds.four', message: '四星分数线应低于五星分数线' }]);
    const [row] = await db().select().from(criteriaSets).where(eq(criteriaSets.id, draft.id));
    expect(row.status).toBe('draft');
  });

  it('lists the installed figures an indicator may read', async () => {
    const figures = await ok(township.get('/api/assess/figures'));
    const keys = figures.map((f: { key: string }) => f.key);
    expect(keys).toEqual(expect.arrayContaining(['events.onTimeRate', 'members.probationary']));
    expect(figures.find((f: { key: string }) => f.key === 'events.onTimeRate').unit.zh).toBe('%');
  });
});
