import { describe, expect, it } from 'vitest';
import { readWorkbook, sheetRows } from '../../../../testing/excel';
import { ok } from '../../../../testing/ok';
import { testPhoto, uploadAttachments } from '../../../../testing/photos';
import {
  county,
  regions,
  sessionOf,
  township,
  village,
  villagesUnder,
  withEconomyHarness,
} from '../economy-test-kit';
import { act, cadreIn, namedProject, SECRETARY, villageProject, YEAR } from './projects-test-kit';

withEconomyHarness();

type Row = { id: string; title: string };
const titles = (page: { items: Row[] }) => page.items.map((i) => i.title);

describe('the project list', () => {
  it('filters by kind, level, status, region and words, sorts, pages and exports', async () => {
    const [a, b] = await villagesUnder(regions.ownTownship.code);
    const secretaryA = await cadreIn(county, a.code, SECRETARY);
    const secretaryB = await cadreIn(county, b.code, SECRETARY);
    const p1 = await ok(
      township.post('/api/economy/projects', villageProject(a.code, secretaryA.id, { title: '甲村茶油' })),
      201,
    );
    await ok(
      township.post(
        '/api/economy/projects',
        villageProject(b.code, secretaryB.id, { title: '乙村修路', kind: 'practical' }),
      ),
      201,
    );
    await ok(
      township.post('/api/economy/projects', namedProject(regions.ownTownship.code, { title: '乡镇电商' })),
      201,
    );
    await ok(
      county.post(
        '/api/economy/projects',
        namedProject(regions.county, { title: '全县芒果', leaderName: '县委书记甲' }),
      ),
      201,
    );
    await ok(act(township, p1.id, 'commit'));

    const all = await ok(county.get(`/api/economy/projects?year=${YEAR}&sort=region`));
    expect([all.total, titles(all)]).toEqual([4, ['全县芒果', '乡镇电商', '甲村茶油', '乙村修路']]);
    expect(all.items[2]).toMatchObject({
      regionName: a.name,
      townshipName: regions.ownTownship.name,
      leaderLevel: 'village',
      statusLabel: { zh: '已公开承诺' },
      milestonesTotal: 0,
    });
    expect(titles(await ok(county.get(`/api/economy/projects?year=${YEAR}&kind=practical`)))).toEqual([
      '乙村修路',
    ]);
    expect(titles(await ok(county.get(`/api/economy/projects?year=${YEAR}&level=county`)))).toEqual([
      '全县芒果',
    ]);
    expect(titles(await ok(county.get(`/api/economy/projects?year=${YEAR}&status=committed`)))).toEqual([
      '甲村茶油',
    ]);
    expect(titles(await ok(county.get(`/api/economy/projects?regionCode=${b.code}`)))).toEqual(['乙村修路']);
    expect(titles(await ok(county.get(`/api/economy/projects?q=${encodeURIComponent('县委书记')}`)))).toEqual(
      ['全县芒果'],
    );
    const paged = await ok(county.get(`/api/economy/projects?year=${YEAR}&sort=region&page=2&pageSize=3`));
    expect([paged.total, titles(paged)]).toEqual([4, ['乙村修路']]);
    // The township sees its own and its villages', not the county's; the village only its own.
    expect(titles(await ok(township.get(`/api/economy/projects?year=${YEAR}&sort=region`)))).toEqual([
      '乡镇电商',
      '甲村茶油',
      '乙村修路',
    ]);
    expect(titles(await ok(village.get(`/api/economy/projects?year=${YEAR}`)))).toEqual(['甲村茶油']);

    const res = await county.request('GET', `/api/economy/projects/export?year=${YEAR}&sort=region`);
    expect(res.statusCode).toBe(200);
    const rows = sheetRows(await readWorkbook(res.rawPayload), '领办项目台账');
    expect(rows[0].slice(0, 6)).toEqual(['年度', '类别', '层级', '乡镇', '单位（村）', '项目名称']);
    expect(rows.slice(1).map((r) => r[5])).toEqual(['全县芒果', '乡镇电商', '甲村茶油', '乙村修路']);
    expect(rows[3][12]).toBe('300000');
  });

  it('lets a stationed cadre record its village’s milestones with photos', async () => {
    const [a] = await villagesUnder(regions.ownTownship.code);
    const secretary = await cadreIn(county, a.code, SECRETARY);
    const stationed = await sessionOf('stationed_cadre', a.code);
    const p = await ok(
      village.post('/api/economy/projects', villageProject(a.code, secretary.id, { title: '驻村' })),
      201,
    );
    const withMilestone = await ok(
      stationed.post(`/api/economy/projects/${p.id}/milestones`, { title: '建冷库' }),
      201,
    );
    const milestoneId = withMilestone.milestones[0].id;
    const photo = [{ name: 'lengku.jpg', type: 'image/jpeg', bytes: await testPhoto() }];
    await ok(uploadAttachments(stationed, 'project_milestone', milestoneId, photo), 201);
    const done = await ok(
      stationed.post(`/api/economy/milestones/${milestoneId}/done`, { note: '冷库建成' }),
    );
    expect(done.milestones[0]).toMatchObject({ note: '冷库建成', photos: [{ fileName: 'lengku.jpg' }] });
    expect(done.milestones[0].doneOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Marked not done again, then deleted.
    const undone = await ok(stationed.patch(`/api/economy/milestones/${milestoneId}`, { doneOn: null }));
    expect(undone.milestonesDone).toBe(0);
    const gone = await ok(stationed.request('DELETE', `/api/economy/milestones/${milestoneId}`));
    expect(gone.milestones).toEqual([]);
    // A grid worker reads projects but records nothing.
    const grid = await sessionOf('grid_worker', a.code);
    expect((await grid.post(`/api/economy/projects/${p.id}/milestones`, { title: 'x' })).statusCode).toBe(
      403,
    );
  });
});
