import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, sheetRows } from '../../../../testing/excel';
import {
  county,
  otherTownship,
  regions,
  township,
  village,
  withAssessHarness,
} from '../assessments-test-kit';
import { DEFAULT_CADRE_RULES } from '../defaults';
import { put, registryCadre, workTeamWithFirstSecretary, YEAR } from './cadres-test-kit';
import { CADRE_EXPORT_SHEET } from './export';

// 村干部考核 through the API: the sheet drawn from the registry, scores to grades with the one-vote
// rule, confirmation, rules and the performance-pay export.

withAssessHarness();

const base = '/api/assess/cadre-assessments';
type Row = {
  id: string;
  name: string;
  kind: string;
  grade: string | null;
  total: number | null;
  status: string;
};
const list = async (query: string) => {
  const res = await county.get(`${base}?year=${YEAR}&pageSize=200&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Row[]; total: number };
};
const rowOf = async (name: string) => (await list(`q=${encodeURIComponent(name)}`)).items[0];
const all100 = { membersScore: 100, villagersScore: 100, townshipScore: 100, debriefScore: 100 };
const all80 = { membersScore: 80, villagersScore: 80, townshipScore: 80, debriefScore: 80 };

beforeAll(async () => {
  const own = regions.ownVillage.code;
  await registryCadre(county, own, '甲书记', { posts: [{ body: 'party', post: 'secretary' }] });
  await registryCadre(county, own, '乙主任', { posts: [{ body: 'committee', post: 'director' }] });
  await registryCadre(county, own, '丙后备', { posts: [], isReserve: true });
  await registryCadre(county, own, '丁离任', {
    posts: [{ body: 'committee', post: 'member' }],
    endedOn: `${YEAR - 1}-06-30`,
  });
  await registryCadre(county, regions.otherVillage.code, '戊书记', {
    posts: [{ body: 'party', post: 'secretary' }],
  });
  await workTeamWithFirstSecretary(county, own, '己第一书记');
});

describe('the year’s sheet', () => {
  it('draws rows from the registry for the township’s villages, once', async () => {
    const first = await township.post(`${base}/generate`, { year: YEAR });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ created: 3, existing: 0 });
    const rows = (await list('')).items.map((r) => [r.name, r.kind]);
    expect(rows).toEqual([
      ['己第一书记', 'first_secretary'],
      ['甲书记', 'secretary'],
      ['乙主任', 'village_cadre'],
    ]);
    expect((await township.post(`${base}/generate`, { year: YEAR })).json()).toEqual({
      created: 0,
      existing: 3,
    });
    expect((await county.post(`${base}/generate`, { year: YEAR })).json()).toEqual({
      created: 1,
      existing: 3,
    });
    expect((await otherTownship.get(`${base}?year=${YEAR}`)).json().items.map((r: Row) => r.name)).toEqual([
      '戊书记',
    ]);
  });

  it('refuses a village account and a township outside the caller’s scope', async () => {
    expect((await village.post(`${base}/generate`, { year: YEAR })).statusCode).toBe(403);
    const res = await township.post(`${base}/generate`, { year: YEAR, township: regions.otherTownship.code });
    expect(res.statusCode).toBe(422);
    expect(res.json().fields[0].path).toBe('township');
  });
});

describe('scores and grades', () => {
  it('computes the total and grade from the weighted scores, and 一票赞成 lifts the grade', async () => {
    const row = await rowOf('乙主任');
    const scored = await township.patch(`${base}/${row.id}`, { ...all80, deliberation: '工作扎实' });
    expect(scored.statusCode, scored.body).toBe(200);
    expect(scored.json()).toMatchObject({ total: 80, grade: 'competent', payCoefficient: 100 });
    const lifted = await township.patch(`${base}/${row.id}`, {
      vote: 'approve',
      voteReason: '防汛抢险表现突出',
    });
    expect(lifted.json()).toMatchObject({
      total: 80,
      grade: 'excellent',
      payCoefficient: 120,
      vote: 'approve',
    });
  });

  it('sets 不称职 on 一票否决 despite full scores, and wants its reason', async () => {
    const row = await rowOf('甲书记');
    const noReason = await township.patch(`${base}/${row.id}`, { ...all100, vote: 'veto' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().fields).toEqual([{ path: 'voteReason', message: '请写明一票否决的理由' }]);
    const vetoed = await township.patch(`${base}/${row.id}`, {
      ...all100,
      vote: 'veto',
      voteReason: '违反换届纪律',
    });
    expect(vetoed.json()).toMatchObject({ total: 100, grade: 'incompetent', payCoefficient: 0 });
  });

  it('refuses invalid scores with a Chinese message naming the field', async () => {
    const row = await rowOf('甲书记');
    const res = await township.patch(`${base}/${row.id}`, { villagersScore: 120, debriefScore: 88.5 });
    expect(res.statusCode).toBe(422);
    expect(res.json().fields).toEqual([
      { path: 'villagersScore', message: '群众评议满意率应为 0–100 的整数' },
      { path: 'debriefScore', message: '述职得分应为 0–100 的整数' },
    ]);
  });

  it('lets only the township of the village enter scores', async () => {
    const row = await rowOf('乙主任');
    expect((await otherTownship.patch(`${base}/${row.id}`, all80)).statusCode).toBe(404);
    expect((await county.patch(`${base}/${row.id}`, all80)).statusCode).toBe(403);
    const other = await rowOf('戊书记');
    expect((await township.patch(`${base}/${other.id}`, all80)).statusCode).toBe(404);
  });

  it('counts grades per township with the grades 一票赞成 gave', async () => {
    const res = await county.get(`${base}/grade-counts?year=${YEAR}`);
    expect(res.statusCode, res.body).toBe(200);
    const own = res.json().find((r: { townshipCode: string }) => r.townshipCode === regions.ownTownship.code);
    expect(own).toMatchObject({
      total: 3,
      excellent: 1,
      incompetent: 1,
      ungraded: 1,
      byApproveVote: 1,
      confirmed: 0,
    });
  });
});

describe('rules', () => {
  const rulesUrl = '/api/assess/cadre-rules';

  it('lets only the county change them, checking the weights and thresholds', async () => {
    expect((await township.get(rulesUrl)).json()).toMatchObject(DEFAULT_CADRE_RULES);
    expect((await put(township, rulesUrl, DEFAULT_CADRE_RULES)).statusCode).toBe(403);
    const bad = await put(county, rulesUrl, {
      ...DEFAULT_CADRE_RULES,
      weights: { members: 40, villagers: 30, township: 20, debrief: 20 },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().fields[0]).toEqual({ path: 'weights', message: '各项权重之和应为 100（现为 110）' });
    const down = await put(county, rulesUrl, {
      ...DEFAULT_CADRE_RULES,
      grades: { excellent: 70, competent: 80, basic: 60 },
    });
    expect(down.json().fields[0].path).toBe('grades');
  });

  it('re-grades draft rows when a vote is turned off, and refuses that vote afterwards', async () => {
    const off = { ...DEFAULT_CADRE_RULES, oneVote: { approve: null, veto: true } };
    expect((await put(county, rulesUrl, off)).statusCode).toBe(200);
    const row = await rowOf('乙主任');
    expect(row).toMatchObject({ grade: 'competent' });
    const res = await township.patch(`${base}/${row.id}`, { vote: 'approve', voteReason: '再次赞成' });
    expect(res.json().fields).toEqual([{ path: 'vote', message: '本县未启用“一票赞成”' }]);
    expect((await put(county, rulesUrl, DEFAULT_CADRE_RULES)).statusCode).toBe(200);
    expect((await rowOf('乙主任')).grade).toBe('excellent');
  });
});

describe('confirmation and export', () => {
  it('confirms a row, after which it refuses edits', async () => {
    const row = await rowOf('乙主任');
    expect((await township.post(`${base}/${row.id}/confirm`)).statusCode).toBe(403);
    const res = await county.post(`${base}/${row.id}/confirm`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('confirmed');
    const edit = await township.patch(`${base}/${row.id}`, all80);
    expect(edit.statusCode).toBe(409);
    expect(edit.json().message).toContain('已由县级确认');
    expect((await county.post(`${base}/${row.id}/confirm`)).statusCode).toBe(409);
  });

  it('confirms a township in bulk, leaving rows without a grade', async () => {
    const ungraded = await rowOf('己第一书记');
    expect((await county.post(`${base}/${ungraded.id}/confirm`)).statusCode).toBe(422);
    const res = await county.post(`${base}/confirm`, { year: YEAR, township: regions.ownTownship.code });
    expect(res.json()).toEqual({ confirmed: 1, ungraded: 1 });
    expect((await list('status=confirmed')).items.map((r) => r.name).sort()).toEqual(
      ['乙主任', '甲书记'].sort(),
    );
  });

  it('exports the confirmed grades with pay coefficients as a real workbook', async () => {
    const res = await county.get(`${base}/export?year=${YEAR}&status=confirmed`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const [header, ...rows] = sheetRows(await readWorkbook(res.rawPayload), CADRE_EXPORT_SHEET);
    expect(header.slice(0, 5)).toEqual(['乡镇', '村', '姓名', '职务', '类别']);
    const pick = (r: string[]) => [r[0], r[1], r[2], r[4], r[10], r[11], r[12]];
    const town = regions.ownTownship.name;
    const villageName = regions.ownVillage.name;
    expect(rows.map(pick)).toEqual([
      [town, villageName, '甲书记', '村党组织书记', '100', '不称职', '0'],
      [town, villageName, '乙主任', '村干部', '80', '优秀', '1.2'],
    ]);
  });

  it('filters, sorts and pages the sheet', async () => {
    const page = await county.get(`${base}?year=${YEAR}&sort=total&order=desc&pageSize=1&page=2`);
    expect(page.json()).toMatchObject({ total: 4, items: [{ name: '乙主任' }] });
    expect((await list('kind=secretary')).items.map((r) => r.name)).toEqual(['甲书记', '戊书记']);
    expect((await list('grade=none')).total).toBe(2);
  });
});
