import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import { insertHousehold } from '../../../../testing/people';
import { h, otherTownship, regions, township, village, withEconomyHarness } from '../economy-test-kit';

// 经营主体 and 利益联结 through the API: the model in words, undoable deletes, benefits of a
// household of the caller's scope only, their sums, and the benefit in 一户一档.

withEconomyHarness();

const del = (s: typeof village, url: string) => s.request('DELETE', url);

describe('enterprises and benefits 经营主体与利益联结', () => {
  it('keeps an entity with its model in the order of 公司 + 基地 + 党支部 + 合作社 + 农户, and undoes its delete', async () => {
    const e = await ok(
      village.post('/api/economy/entities', {
        name: '那坡芒果专业合作社',
        kind: 'cooperative',
        industry: '芒果',
        model: ['farmers', 'company', 'base', 'branch', 'cooperative'],
        memberHouseholds: 86,
      }),
      201,
    );
    expect(e.modelLabel).toBe('公司 + 基地 + 党支部 + 合作社 + 农户');
    expect(e.model).toEqual(['company', 'base', 'branch', 'cooperative', 'farmers']);
    const edited = await ok(
      village.patch(`/api/economy/entities/${e.id}`, { model: ['cooperative', 'branch'] }),
    );
    expect(edited.modelLabel).toBe('党支部 + 合作社');
    expect(
      (await village.post('/api/economy/entities', { name: '', kind: 'company' })).json().fields,
    ).toEqual([{ path: 'name', message: '请填写主体名称' }]);
    const wrongPart = await village.post('/api/economy/entities', {
      name: '甲',
      kind: 'company',
      model: ['bank'],
    });
    expect(wrongPart.statusCode).toBe(400);
    expect(wrongPart.json().fields[0].message).toBe('模式组成应为公司、基地、党支部、合作社或农户');

    await ok(del(village, `/api/economy/entities/${e.id}`));
    expect(
      (await ok(village.get('/api/economy/entities'))).items.map((x: { id: string }) => x.id),
    ).not.toContain(e.id);
    await ok(village.post(`/api/economy/entities/${e.id}/restore`));
    expect((await ok(township.get('/api/economy/entities?q=芒果'))).total).toBe(1);
    expect((await otherTownship.get(`/api/economy/entities/${e.id}`)).statusCode).toBe(404);
  });

  it('records a household’s dividend and job, lists them per village and year with sums, and shows them in 一户一档', async () => {
    const home = await insertHousehold(h.services, {
      regionCode: regions.ownVillage.code,
      headName: '黄受益',
    });
    const coop = await ok(
      village.post('/api/economy/entities', {
        name: '光伏合作社',
        kind: 'cooperative',
        model: ['cooperative', 'farmers'],
      }),
      201,
    );
    const dividend = await ok(
      village.post('/api/economy/benefits', {
        householdId: home.id,
        entityId: coop.id,
        year: 2025,
        kind: 'dividend',
        amountFen: 150_000,
      }),
      201,
    );
    expect(dividend).toMatchObject({
      regionCode: regions.ownVillage.code,
      householdNo: home.householdNo,
      headName: '黄受益',
      entityName: '光伏合作社',
    });
    await ok(
      township.post('/api/economy/benefits', {
        householdId: home.id,
        year: 2025,
        kind: 'job',
        jobs: 2,
        amountFen: 3_600_000,
      }),
      201,
    );
    await ok(
      village.post('/api/economy/benefits', {
        householdId: home.id,
        year: 2024,
        kind: 'dividend',
        amountFen: 90_000,
      }),
      201,
    );

    const y2025 = await ok(
      township.get(`/api/economy/benefits?regionCode=${regions.ownVillage.code}&year=2025`),
    );
    expect(y2025).toMatchObject({ total: 2, amountFen: 3_750_000, jobs: 2 });
    expect((await ok(township.get('/api/economy/benefits?q=黄受益'))).total).toBe(3);

    const file = await ok(village.get(`/api/households/${home.id}/profile`));
    expect(
      file.economyBenefits.map((b: { year: number; kindLabel: string }) => [b.year, b.kindLabel]),
    ).toEqual([
      [2025, '就业'],
      [2025, '分红'],
      [2024, '分红'],
    ]);
    expect(file.economyBenefits[1]).toMatchObject({ amountFen: 150_000, entityName: '光伏合作社' });

    await ok(village.patch(`/api/economy/benefits/${dividend.id}`, { amountFen: 160_000 }));
    await ok(del(village, `/api/economy/benefits/${dividend.id}`));
    const after = await ok(village.get(`/api/households/${home.id}/profile`));
    expect(after.economyBenefits).toHaveLength(2);
  });

  it('refuses a benefit without its amount or jobs, and a household or entity outside the scope', async () => {
    const home = await insertHousehold(h.services, { regionCode: regions.ownVillage.code });
    const foreign = await insertHousehold(h.services, { regionCode: regions.otherVillage.code });
    const noAmount = await village.post('/api/economy/benefits', {
      householdId: home.id,
      year: 2025,
      kind: 'dividend',
    });
    expect(noAmount.statusCode).toBe(422);
    expect(noAmount.json().fields).toEqual([{ path: 'amountFen', message: '分红请填写金额' }]);
    const noJobs = await village.post('/api/economy/benefits', {
      householdId: home.id,
      year: 2025,
      kind: 'job',
    });
    expect(noJobs.json().fields[0].path).toBe('jobs');

    const outside = await township.post('/api/economy/benefits', {
      householdId: foreign.id,
      year: 2025,
      kind: 'dividend',
      amountFen: 100,
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().fields).toEqual([
      { path: 'householdId', message: '农户不存在或不在您的管辖范围内' },
    ]);

    const theirs = await ok(
      otherTownship.post('/api/economy/entities', {
        name: '外乡公司',
        kind: 'company',
        regionCode: regions.otherVillage.code,
      }),
      201,
    );
    const badEntity = await village.post('/api/economy/benefits', {
      householdId: home.id,
      entityId: theirs.id,
      year: 2025,
      kind: 'dividend',
      amountFen: 100,
    });
    expect(badEntity.json().fields[0].path).toBe('entityId');

    const mine = await ok(
      village.post('/api/economy/benefits', {
        householdId: home.id,
        year: 2025,
        kind: 'other',
        amountFen: 500,
      }),
      201,
    );
    expect((await otherTownship.patch(`/api/economy/benefits/${mine.id}`, { amountFen: 1 })).statusCode).toBe(
      404,
    );
    expect((await del(otherTownship, `/api/economy/benefits/${mine.id}`)).statusCode).toBe(404);
    expect(
      (await ok(otherTownship.get('/api/economy/benefits'))).items.map((b: { id: string }) => b.id),
    ).not.toContain(mine.id);
  });

  it('exports entities and benefits as sheets', async () => {
    for (const path of ['/api/economy/entities/export', '/api/economy/benefits/export?year=2025']) {
      const res = await township.get(path);
      expect(res.statusCode, path).toBe(200);
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
  });
});
