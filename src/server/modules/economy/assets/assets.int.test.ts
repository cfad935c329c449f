import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import {
  county,
  h,
  otherTownship,
  regions,
  sessionOf,
  township,
  village,
  withEconomyHarness,
} from '../economy-test-kit';

// 集体资产与闲置资产盘活 through the API: create, edit, validate (Chinese messages with their field),
// undo a delete, lists with filters and the idle ledger, revived income summed per region, scope.

withEconomyHarness();

const del = (s: typeof village, url: string) => s.request('DELETE', url);

describe('collective assets 集体资产', () => {
  it('lets the village record its asset, edit it, delete it and undo the delete', async () => {
    const asset = await ok(
      village.post('/api/economy/assets', {
        name: '村部旧楼',
        kind: 'building',
        valueFen: 35_000_000,
        size: '2 栋',
      }),
      201,
    );
    expect(asset).toMatchObject({
      regionCode: regions.ownVillage.code,
      villageName: regions.ownVillage.name,
      townshipName: regions.ownTownship.name,
      state: 'in_use',
      deleted: false,
    });
    const idle = await ok(
      village.patch(`/api/economy/assets/${asset.id}`, { state: 'idle', idleSince: '2021-06-01' }),
    );
    expect(idle).toMatchObject({ state: 'idle', idleSince: '2021-06-01' });

    const gone = await ok(del(village, `/api/economy/assets/${asset.id}`));
    expect(gone.deleted).toBe(true);
    expect((await village.get(`/api/economy/assets/${asset.id}`)).statusCode).toBe(404);
    const list = await ok(village.get('/api/economy/assets?q=村部旧楼'));
    expect(list.total).toBe(0);
    const back = await ok(village.post(`/api/economy/assets/${asset.id}/restore`));
    expect(back).toMatchObject({ deleted: false, state: 'idle' });
    expect((await village.post(`/api/economy/assets/${asset.id}/restore`)).statusCode).toBe(409);
  });

  it('refuses a revived asset without its date and income, and an idle one without its start, in Chinese', async () => {
    const res = await village.post('/api/economy/assets', {
      name: '冷库',
      kind: 'facility',
      state: 'revived',
    });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.message).toBe('已盘活资产请填写盘活日期');
    expect(body.fields.map((f: { path: string }) => f.path)).toEqual(['revivedOn', 'revivedIncomeFen']);

    const idle = await village.post('/api/economy/assets', { name: '鱼塘', kind: 'water', state: 'idle' });
    expect(idle.statusCode).toBe(422);
    expect(idle.json().fields).toEqual([{ path: 'idleSince', message: '闲置资产请填写闲置起始日期' }]);

    const noName = await village.post('/api/economy/assets', { name: ' ', kind: 'land' });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().fields).toEqual([{ path: 'name', message: '请填写资产名称' }]);

    // An edit is checked on the asset as it will be.
    const a = await ok(village.post('/api/economy/assets', { name: '晒场', kind: 'land' }), 201);
    const bad = await village.patch(`/api/economy/assets/${a.id}`, {
      state: 'revived',
      revivedOn: '2024-03-01',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().fields[0].path).toBe('revivedIncomeFen');
  });

  it('files a township’s asset under a village it names, in its scope only', async () => {
    expect(
      (await township.post('/api/economy/assets', { name: '厂房', kind: 'facility' })).json().fields[0].path,
    ).toBe('regionCode');
    const outside = await township.post('/api/economy/assets', {
      name: '厂房',
      kind: 'facility',
      regionCode: regions.otherVillage.code,
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().message).toBe('所选村不在您的管辖范围内');
    const inside = await ok(
      township.post('/api/economy/assets', {
        name: '厂房',
        kind: 'facility',
        regionCode: regions.ownVillage.code,
      }),
      201,
    );
    expect(inside.regionCode).toBe(regions.ownVillage.code);
  });

  it('hides a township’s asset from another township (404) and from its lists', async () => {
    const asset = await ok(
      otherTownship.post('/api/economy/assets', {
        name: '外乡资产',
        kind: 'land',
        regionCode: regions.otherVillage.code,
      }),
      201,
    );
    expect((await township.get(`/api/economy/assets/${asset.id}`)).statusCode).toBe(404);
    expect((await township.patch(`/api/economy/assets/${asset.id}`, { name: '改' })).statusCode).toBe(404);
    expect((await del(township, `/api/economy/assets/${asset.id}`)).statusCode).toBe(404);
    const list = await ok(township.get(`/api/economy/assets?regionCode=${regions.otherVillage.code}`));
    expect(list.total).toBe(0);
    expect(
      (await township.get(`/api/economy/assets/summary?regionCode=${regions.otherTownship.code}`)).statusCode,
    ).toBe(404);
    // The county sees both.
    expect((await ok(county.get(`/api/economy/assets/${asset.id}`))).name).toBe('外乡资产');
    // A neighbouring village of the same township cannot edit this village's asset.
    const mine = await ok(village.post('/api/economy/assets', { name: '本村水碾', kind: 'equipment' }), 201);
    const cadre = await sessionOf('stationed_cadre', regions.ownVillage.code);
    expect((await cadre.patch(`/api/economy/assets/${mine.id}`, { name: '改' })).statusCode).toBe(403);
  });

  it('lists the idle ledger and sums revived income per region and year', async () => {
    const own = regions.ownVillage.code;
    const post = (body: Record<string, unknown>) =>
      ok(county.post('/api/economy/assets', { regionCode: own, kind: 'building', ...body }), 201);
    await post({
      name: '盘活甲',
      state: 'revived',
      idleSince: '2020-01-01',
      revivedOn: '2023-05-01',
      revivedIncomeFen: 1_200_000,
    });
    await post({ name: '盘活乙', state: 'revived', revivedOn: '2024-07-01', revivedIncomeFen: 800_000 });
    await post({
      name: '盘活丙',
      state: 'reviving',
      idleSince: '2022-01-01',
      revivalPlan: '改建为农产品仓库',
    });
    const deleted = await post({
      name: '盘活丁',
      state: 'revived',
      revivedOn: '2024-02-01',
      revivedIncomeFen: 9_900_000,
    });
    await ok(del(county, `/api/economy/assets/${deleted.id}`));

    const ledger = await ok(county.get(`/api/economy/assets?idle=true&regionCode=${own}&sort=revivedIncome`));
    const names = ledger.items.map((a: { name: string }) => a.name);
    expect(names.slice(0, 2)).toEqual(['盘活甲', '盘活乙']);
    expect(names).toContain('盘活丙');
    expect(names).not.toContain('盘活丁');
    expect(ledger.items.every((a: { state: string }) => a.state !== 'in_use')).toBe(true);

    const all = await ok(county.get('/api/economy/assets/summary'));
    expect(all.total.revivedIncomeFen).toBe(2_000_000);
    const row = all.rows.find((r: { regionCode: string }) => r.regionCode === regions.ownTownship.code);
    expect(row).toMatchObject({ revived: 2, revivedIncomeFen: 2_000_000, reviving: 1 });
    expect(all.rows.length).toBeGreaterThan(1);

    const by2023 = await ok(
      county.get(`/api/economy/assets/summary?regionCode=${regions.ownTownship.code}&year=2023`),
    );
    const v = by2023.rows.find((r: { regionCode: string }) => r.regionCode === own);
    expect(v).toMatchObject({ revived: 1, revivedInYear: 1, revivedIncomeFen: 1_200_000 });
    const in2024 = await ok(township.get(`/api/economy/assets/summary?year=2024`));
    expect(in2024.total).toMatchObject({ revived: 2, revivedInYear: 1, revivedIncomeFen: 2_000_000 });
  });

  it('exports the list as a sheet', async () => {
    const res = await county.get('/api/economy/assets/export?idle=true');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(h).toBeDefined();
  });
});
