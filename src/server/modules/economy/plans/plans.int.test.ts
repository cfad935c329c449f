import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import { newId } from '../../../platform/auth/session';
import {
  county,
  db,
  otherTownship,
  regions,
  township,
  village,
  withEconomyHarness,
} from '../economy-test-kit';
import { economyProjects } from '../tables';

withEconomyHarness();

const WAN = 1_000_000;
const plan = (over: { startYear?: number; endYear?: number } & Record<string, unknown> = {}) => {
  const startYear = over.startYear ?? 2024;
  return {
    regionCode: regions.ownVillage.code,
    title: '发展特色种养',
    startYear,
    endYear: 2026,
    measures: '流转土地发展芒果种植，入股光伏电站',
    targets: [
      { year: startYear, operatingFen: 6 * WAN },
      { year: startYear + 1, operatingFen: 10 * WAN },
    ],
    ...over,
  };
};

const ledProject = async (regionCode: string) => {
  const id = newId();
  await db().insert(economyProjects).values({
    id,
    regionCode,
    year: 2025,
    kind: 'led',
    title: '书记领办芒果基地',
    leaderLevel: 'village',
    leaderName: '探针书记',
    commitment: '带动集体增收',
  });
  return id;
};

describe('one plan per village (一村一方案)', () => {
  it('records a village’s plan with its led project, and refuses a second plan sharing a year', async () => {
    const projectId = await ledProject(regions.ownVillage.code);
    const created = await ok(village.post('/api/economy/plans', plan({ ledProjectId: projectId })), 201);
    expect([created.ledProjectTitle, created.targets.length]).toEqual(['书记领办芒果基地', 2]);
    const clash = await township.post('/api/economy/plans', plan({ startYear: 2026, endYear: 2028 }));
    expect(clash.statusCode).toBe(409);
    expect(clash.json().message).toContain('同一年度一个村只能有一个方案');
    await ok(township.post('/api/economy/plans', plan({ startYear: 2027, endYear: 2028, targets: [] })), 201);
    const widened = await village.patch(`/api/economy/plans/${created.id}`, { endYear: 2027 });
    expect(widened.statusCode).toBe(409);
    const list = await ok(county.get('/api/economy/plans?year=2025'));
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([created.id]);
  });

  it('validates the period, the yearly targets and the led project', async () => {
    const bad = await village.post('/api/economy/plans', plan({ startYear: 2030, endYear: 2029 }));
    expect([bad.statusCode, bad.json().fields[0].path]).toEqual([422, 'endYear']);
    const outOfPeriod = await village.post(
      '/api/economy/plans',
      plan({ startYear: 2030, endYear: 2031, targets: [{ year: 2029, operatingFen: 1 }] }),
    );
    expect(outOfPeriod.json().fields[0].path).toBe('targets.0.year');
    const foreign = await ledProject(regions.otherVillage.code);
    const wrongProject = await village.post(
      '/api/economy/plans',
      plan({ startYear: 2030, endYear: 2031, ledProjectId: foreign }),
    );
    expect([wrongProject.statusCode, wrongProject.json().fields[0].path]).toEqual([422, 'ledProjectId']);
    const elsewhere = await village.post(
      '/api/economy/plans',
      plan({ regionCode: regions.otherVillage.code }),
    );
    expect(elsewhere.statusCode).toBe(422);
  });

  it('deletes a plan undoably, frees its years, and refuses the undo once another plan took them', async () => {
    const first = await ok(village.post('/api/economy/plans', plan({ startYear: 2032, endYear: 2033 })), 201);
    const deleted = await ok(village.request('DELETE', `/api/economy/plans/${first.id}`));
    expect(deleted.deletedAt).not.toBeNull();
    const bin = await ok(village.get('/api/economy/plans?deleted=true'));
    expect(bin.items.map((p: { id: string }) => p.id)).toContain(first.id);
    await ok(village.post(`/api/economy/plans/${first.id}/restore`));
    await ok(village.request('DELETE', `/api/economy/plans/${first.id}`));
    const second = await ok(
      village.post('/api/economy/plans', plan({ startYear: 2033, endYear: 2034 })),
      201,
    );
    expect((await village.post(`/api/economy/plans/${first.id}/restore`)).statusCode).toBe(409);
    expect(second.startYear).toBe(2033);
  });

  it('keeps a township out of another township’s plans', async () => {
    const mine = await ok(county.post('/api/economy/plans', plan({ startYear: 2040, endYear: 2041 })), 201);
    expect((await otherTownship.get(`/api/economy/plans/${mine.id}`)).statusCode).toBe(404);
    expect(
      (await otherTownship.patch(`/api/economy/plans/${mine.id}`, { title: '改名方案' })).statusCode,
    ).toBe(404);
    expect((await otherTownship.request('DELETE', `/api/economy/plans/${mine.id}`)).statusCode).toBe(404);
    const theirs = await ok(otherTownship.get('/api/economy/plans?pageSize=200'));
    expect(theirs.total).toBe(0);
  });
});
