import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import { newId } from '../../../platform/auth/session';
import { events } from '../../events/tables';
import {
  county,
  db,
  insertCampaign,
  insertDefaultSet,
  otherTownship,
  regions,
  township,
  villagesUnder,
  withAssessHarness,
} from '../assessments-test-kit';
import type { IndicatorRow } from '../set-rule';
import { setIndicators } from '../set-rule';
import { act, backdate, identified, inDays, rectifying, userOf, year } from './weak-test-kit';

withAssessHarness();

/** The value that earns an indicator's full points (a veto answered no). */
const best = (i: IndicatorRow) =>
  i.method === 'yesno'
    ? 1
    : i.method === 'tiers'
      ? (i.tiers?.length ?? 1) - 1
      : i.method === 'percent'
        ? 100
        : i.method === 'veto'
          ? 0
          : i.maxPoints;

type Candidate = {
  regionCode: string;
  source: string;
  situations: string[];
  reason: string;
  weakId: string | null;
};

describe('identifying weak organizations', () => {
  it('proposes the 1★ and vetoed villages of the latest published rating, and the county confirms one', async () => {
    const villages = (await villagesUnder(regions.ownTownship.code)).map((v) => v.code);
    const set = await insertDefaultSet(year - 1);
    const indicators = new Map((await setIndicators(db(), set.id)).map((i) => [i.code, i]));
    await insertCampaign({
      year: year - 1,
      setId: set.id,
      villages: villages.slice(0, 3),
      // village 0 scores nothing (1★); village 1 scores fully but is vetoed; village 2 scores fully.
      value: (v, code) => {
        if (v === villages[0]) return 0;
        if (v === villages[1] && code === 'V1') return 1;
        return best(indicators.get(code)!);
      },
    });
    const c = await ok(county.get(`/api/assess/weak/candidates?year=${year}`));
    expect(c.campaign.year).toBe(year - 1);
    const fromRating = (c.items as Candidate[]).filter((i) => i.source === 'rating');
    expect(fromRating.map((i) => i.regionCode)).toEqual([villages[0], villages[1]]);
    expect(fromRating[0].situations).toEqual(['W10']);
    expect(fromRating[1].reason).toContain('否决');

    const w = await ok(
      county.post('/api/assess/weak', {
        regionCode: villages[0],
        year,
        source: 'rating',
        situations: ['W10'],
        findings: '上年度星级评定一星',
      }),
      201,
    );
    expect([w.status, w.source]).toEqual(['identified', 'rating']);
    const again = await ok(county.get(`/api/assess/weak/candidates?year=${year}`));
    expect((again.items as Candidate[]).find((i) => i.regionCode === villages[0])?.weakId).toBe(w.id);
    expect(
      (
        await township.post('/api/assess/weak', {
          regionCode: villages[2],
          year,
          source: 'rating',
          situations: [],
          findings: '乡镇不能直接认定',
        })
      ).statusCode,
    ).toBe(403);
    // The other township's candidates leave out the county's other villages.
    const other = await ok(otherTownship.get(`/api/assess/weak/candidates?year=${year}`));
    expect((other.items as Candidate[]).some((i) => villages.includes(i.regionCode))).toBe(false);
  });

  it('detects W08 where grid events are rated below 3 and W12 where collective income is under 50,000 元, and only there', async () => {
    const villages = (await villagesUnder(regions.ownTownship.code)).map((v) => v.code);
    const [poor, fine, shell] = [villages[5], villages[6], villages[8]];
    // Every village but one has 80,000 元 of operating income this year (economy accounts).
    for (const code of villages.filter((v) => v !== shell))
      await db().execute(
        sql`insert into economy_accounts (id, region_code, year, operating_fen, total_fen) values (${newId()}, ${code}, ${year}, 8000000, 8000000)`,
      );
    const rated = (regionCode: string, rating: number, serial: number) => ({
      id: newId(),
      regionCode,
      serial,
      year,
      categoryId: newId(),
      categoryCode: 'E05',
      source: 'villager' as const,
      title: '测试事件',
      description: '村道坑洼需要修补',
      status: 'rated' as const,
      level: 'village' as const,
      reportedAt: new Date(),
      closedAt: new Date(),
      rating,
    });
    await db()
      .insert(events)
      .values([rated(poor, 1, 70001), rated(poor, 2, 70002), rated(fine, 5, 70003)]);
    const c = await ok(township.get(`/api/assess/weak/candidates?year=${year}`));
    const detected = (c.items as Candidate[]).filter((i) => i.source === 'detected');
    expect(detected.map((i) => [i.regionCode, i.situations])).toEqual([
      [poor, ['W08']],
      [shell, ['W12']],
    ]);
    expect(detected[0].reason).toContain('1.5');
  });

  it('lists a township’s nomination for the county, which confirms it', async () => {
    const villages = (await villagesUnder(regions.ownTownship.code)).map((v) => v.code);
    const bad = await township.post('/api/assess/weak/nominations', {
      regionCode: villages[7],
      year,
      situations: ['W99'],
      findings: '情形不存在',
    });
    expect([bad.statusCode, bad.json().fields?.[0]?.path]).toEqual([422, 'situations.0']);
    const n = await ok(
      township.post('/api/assess/weak/nominations', {
        regionCode: villages[7],
        year,
        situations: ['W03'],
        findings: '全年未开展主题党日',
      }),
      201,
    );
    const c = await ok(county.get(`/api/assess/weak/candidates?year=${year}`));
    expect(
      (c.items as Candidate[]).find((i) => i.source === 'nominated' && i.weakId === n.id)?.situations,
    ).toEqual(['W03']);
    const home = await ok(county.get('/api/home'));
    expect(
      home.pending.find((p: { key: string }) => p.key === 'assessments.weak.nominated')?.count,
    ).toBeGreaterThanOrEqual(1);
    expect((await ok(act(county, n.id, 'confirm'))).status).toBe('identified');
  });
});

describe('following rectifications', () => {
  it('shows an overdue measure on its owner’s home page and on the township’s, not on another township’s', async () => {
    const villages = (await villagesUnder(regions.ownTownship.code)).map((v) => v.code);
    const owner = await userOf('department', regions.county);
    const w = await rectifying(
      [{ text: '建立村务公开栏', ownerName: '赵党员', ownerUserId: owner.id, deadline: inDays(5) }],
      villages[8],
    );
    const pendingOf = async (s: typeof county) =>
      (
        (await ok(s.get('/api/home'))).pending as {
          key: string;
          count: number;
          entries: { path: string }[];
        }[]
      ).find((p) => p.key === 'assessments.weak.overdue');
    expect(await pendingOf(owner.session)).toBeUndefined();
    await backdate(w.measures[0].id, inDays(-2));
    const mine = await pendingOf(owner.session);
    expect(mine?.count).toBe(1);
    expect(mine?.entries[0].path).toBe(`/assess/weak/${w.id}`);
    expect((await pendingOf(township))?.entries.map((e) => e.path)).toContain(`/assess/weak/${w.id}`);
    expect(await pendingOf(otherTownship)).toBeUndefined();
    const overdue = await ok(county.get(`/api/assess/weak?overdue=true&year=${year}`));
    expect(overdue.items.map((i: { id: string }) => i.id)).toEqual([w.id]);
    expect(overdue.items[0].overdueMeasures).toBe(1);
    // The owner marks it done (a department's account, without the weak-organization permission).
    const done = await ok(
      owner.session.post(`/api/assess/weak/measures/${w.measures[0].id}/done`, { note: '公开栏已建成' }),
    );
    expect(done.measures[0].status).toBe('done');
    expect(await pendingOf(township)).toBeUndefined();
  });

  it('carries an organization not closed by year end into the next year, once', async () => {
    const villages = (await villagesUnder(regions.ownTownship.code)).map((v) => v.code);
    const old = await identified(villages[9], year - 1);
    await ok(act(county, old.id, 'assign', { leaderName: '王县长', leaderPost: '副县长' }));
    await ok(
      act(township, old.id, 'plan', {
        measures: [{ text: '发展一名党员', ownerName: '李书记', deadline: inDays(3) }],
      }),
    );
    expect((await township.post('/api/assess/weak/carry-over', { fromYear: year - 1 })).statusCode).toBe(403);
    const r = await ok(county.post('/api/assess/weak/carry-over', { fromYear: year - 1 }));
    expect(r.carried).toBe(1);
    const next = await ok(county.get(`/api/assess/weak/${r.ids[0]}`));
    expect([next.year, next.status, next.source, next.carriedFromId, next.leaderName]).toEqual([
      year,
      'rectifying',
      'carried',
      old.id,
      '王县长',
    ]);
    expect(next.measures.map((m: { text: string }) => m.text)).toEqual(['发展一名党员']);
    expect((await ok(county.post('/api/assess/weak/carry-over', { fromYear: year - 1 }))).carried).toBe(0);
    const xlsx = await county.get(`/api/assess/weak/export?year=${year}`);
    expect([xlsx.statusCode, xlsx.headers['content-type']]).toEqual([
      200,
      expect.stringContaining('spreadsheet'),
    ]);
  });

  it('lets the county extend the catalogues and nobody else', async () => {
    const cat = await ok(township.get('/api/assess/weak/catalogues'));
    expect(cat.situations).toHaveLength(12);
    expect(cat.templates.map((t: { code: string }) => t.code)).toEqual(['L8', 'R', 'T11']);
    expect(
      (await township.post('/api/assess/weak/situations', { code: 'W13', name: '村级组织运转失灵' }))
        .statusCode,
    ).toBe(403);
    const bad = await county.post('/api/assess/weak/situations', {
      code: 'W13',
      name: '服务差',
      detect: { figure: 'no.such', map: 'atMost', max: 1 },
    });
    expect(bad.statusCode).toBe(422);
    const s = await ok(
      county.post('/api/assess/weak/situations', { code: 'W13', name: '村级组织运转失灵', rule: '乡镇认定' }),
      201,
    );
    const off = await ok(county.patch(`/api/assess/weak/situations/${s.id}`, { active: false }));
    expect(off.active).toBe(false);
    const t = await ok(
      county.post('/api/assess/weak/templates', {
        code: 'X3',
        name: '三个一',
        slots: [{ title: '一次调研' }],
      }),
      201,
    );
    expect(
      (
        await county.post('/api/assess/weak/templates', {
          code: 'X3',
          name: '三个一',
          slots: [{ title: '一次调研' }],
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await ok(county.patch(`/api/assess/weak/templates/${t.id}`, { name: '三个一（景泰）' }))).name,
    ).toBe('三个一（景泰）');
  });
});
