import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../testing/ok';
import { monitoringCases, monitoringSignals } from '../tables';
import {
  county,
  db,
  gridWorker,
  newHousehold,
  otherTownship,
  regions,
  sessionOf,
  setThreshold,
  township,
  village,
  villagesUnder,
  withVisitsHarness,
} from '../visits-test-kit';
import { act, consentPhoto, daysAgo, monitoredCase, startOn } from './cases-test-kit';
import { followupFromVisit } from './followup-from-visit';

// 监测对象识别 through the API (docs/visits.md §4): start from a signal, one open case per household;
// risk removal refused until each of its conditions holds; households without labour stay
// monitored; the village notice carries no ID, phone, bank or health data; overdue steps in the
// list and on the owner's home page; scope.

withVisitsHarness();

const post = (s: typeof county, url: string, body: unknown) => s.post(url, body);
const backdate = (caseId: string, days: number) =>
  db()
    .update(monitoringCases)
    .set({ identifiedAt: new Date(Date.now() - days * 86_400_000) })
    .where(eq(monitoringCases.id, caseId));
const followup = (caseId: string, visitedOn: string, incomePerCapita: number) =>
  ok(post(village, `/api/monitoring/cases/${caseId}/followups`, { visitedOn, incomePerCapita }), 201);
const stableIncome = async (caseId: string) => {
  for (const d of [190, 100, 5]) await followup(caseId, daysAgo(d), 9500);
};
const askRemoval = (caseId: string) =>
  village.post(`/api/monitoring/cases/${caseId}/actions/ask_removal`, {});

describe('starting identification 启动识别', () => {
  it('takes the first clue from the signal, marks the signal and allows one open case per household', async () => {
    const household = await newHousehold(regions.ownVillage.code);
    const seen = new Date(Date.now() - 2 * 86_400_000);
    const signalId = crypto.randomUUID();
    await db().insert(monitoringSignals).values({
      id: signalId,
      regionCode: household.regionCode,
      householdId: household.id,
      channel: 'screening',
      reason: '网格员走访发现家中有人重病住院',
      firstSeenAt: seen,
    });
    const started = await startOn(household.id, { signalId, riskTypes: ['illness'] });
    expect(started).toMatchObject({
      state: 'village_review',
      firstClueAt: seen.toISOString(),
      overdue: false,
    });
    expect(started.stepDueAt).not.toBeNull();
    expect(started.actions.map((a: { action: string }) => a.action)).toEqual(['confirm_visit', 'refuse']);
    expect(started.actions[0].missing).toBe('evidence');
    const [signal] = await db().select().from(monitoringSignals).where(eq(monitoringSignals.id, signalId));
    expect(signal).toMatchObject({ status: 'case', caseId: started.id });
    const again = await village.post('/api/monitoring/cases', {
      householdId: household.id,
      riskTypes: ['disaster'],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('已有进行中的识别或监测');
    // The consent photo comes first.
    const early = await village.post(`/api/monitoring/cases/${started.id}/actions/confirm_visit`, {
      visitedOn: daysAgo(0),
    });
    expect(early.statusCode).toBe(409);
    // A step is taken by the level that owns it only.
    await consentPhoto(village, started.id);
    const wrong = await county.post(`/api/monitoring/cases/${started.id}/actions/confirm_visit`, {
      visitedOn: daysAgo(0),
    });
    expect(wrong.statusCode).toBe(403);
  });

  it('refuses a notice shorter than five days and ending the appraisal before the notice ends', async () => {
    const household = await newHousehold(regions.ownVillage.code);
    const { id } = await startOn(household.id);
    await consentPhoto(village, id);
    await act(village, id, 'confirm_visit', { visitedOn: daysAgo(0) });
    await act(county, id, 'compare', { compareResult: '无异常' });
    const short = await village.post(`/api/monitoring/cases/${id}/actions/set_notice`, {
      noticeFrom: daysAgo(0),
      noticeTo: daysAgo(-4),
    });
    expect(short.statusCode).toBe(422);
    expect(short.json().fields[0]).toMatchObject({ path: 'noticeTo', message: '公示期不少于 5 天' });
    await act(village, id, 'set_notice', { noticeFrom: daysAgo(0), noticeTo: daysAgo(-5) });
    const early = await village.post(`/api/monitoring/cases/${id}/actions/finish_appraisal`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('公示期满后方可结束评议');
    // Any review may refuse, with the reason.
    const refused = await act(village, id, 'refuse', { reason: '评议认为收入稳定，不符合条件' });
    expect(refused).toMatchObject({ state: 'not_identified', closeReason: '评议认为收入稳定，不符合条件' });
  });
});

describe('risk removal 风险消除', () => {
  it('refuses removal before six months since identification, and allows it once every condition holds', async () => {
    await setThreshold(regions.county, Number(daysAgo(400).slice(0, 4)), 8700);
    const { caseId, detail } = await monitoredCase();
    expect(detail).toMatchObject({ state: 'monitoring', objectType: 'marginal', helperName: '黄帮扶' });
    expect(detail.identifiedAt).not.toBeNull();
    await stableIncome(caseId);
    const early = await askRemoval(caseId);
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('纳入监测未满 6 个月');
    expect(early.json().message).not.toContain('帮扶措施');
    expect(early.json().message).not.toContain('监测标准');
    await backdate(caseId, 200);
    const asked = await act(village, caseId, 'ask_removal');
    expect(asked).toMatchObject({ state: 'removal_review', removalUnmet: [] });
    const back = await act(county, caseId, 'reject_removal', { reason: '大额医疗支出尚未解决' });
    expect(back.state).toBe('monitoring');
    await act(village, caseId, 'ask_removal');
    expect(
      (await village.post(`/api/monitoring/cases/${caseId}/actions/approve_removal`, {})).statusCode,
    ).toBe(403);
    const removed = await act(county, caseId, 'approve_removal');
    expect(removed.state).toBe('removed');
    expect(removed.removedAt).not.toBeNull();
  });

  it('refuses removal without a measure', async () => {
    const { caseId, detail } = await monitoredCase();
    await backdate(caseId, 200);
    await stableIncome(caseId);
    await ok(village.request('DELETE', `/api/monitoring/cases/${caseId}/measures/${detail.measures[0].id}`));
    const res = await askRemoval(caseId);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('不能申请风险消除：尚未落实帮扶措施（至少 1 项）');
  });

  it('refuses removal unless follow-ups show income above the threshold for six months without a break', async () => {
    const { caseId } = await monitoredCase();
    await backdate(caseId, 200);
    const none = await askRemoval(caseId);
    expect(none.json().message).toContain('跟踪回访未显示人均纯收入高于监测标准');
    await followup(caseId, daysAgo(190), 9500);
    await followup(caseId, daysAgo(100), 8000);
    await followup(caseId, daysAgo(60), 9600);
    await followup(caseId, daysAgo(5), 9800);
    const broken = await askRemoval(caseId);
    expect(broken.statusCode).toBe(409);
    expect(broken.json().message).toContain(
      `回访显示人均纯收入高于监测标准未满 6 个月（自 ${daysAgo(60)} 起`,
    );
    const detail = await ok(village.get(`/api/monitoring/cases/${caseId}`));
    expect(detail.followups.map((f: { threshold: number }) => f.threshold)).toEqual([8700, 8700, 8700, 8700]);
    expect(detail.removalUnmet).toHaveLength(1);
  });

  it('keeps a household without labour monitored', async () => {
    const { caseId } = await monitoredCase({ noLabour: true });
    await backdate(caseId, 200);
    await stableIncome(caseId);
    const res = await askRemoval(caseId);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('不能申请风险消除：无劳动能力户持续监测，不能消除风险');
    expect((await ok(village.get(`/api/monitoring/cases/${caseId}`))).state).toBe('monitoring');
  });

  it('takes a 十问十清 visit of a monitored household as its follow-up, once', async () => {
    const { caseId, household } = await monitoredCase();
    const ctx = { db: db(), actor: null } as unknown as Parameters<typeof followupFromVisit>[0];
    const visit = {
      id: crypto.randomUUID(),
      householdId: household.id,
      regionCode: household.regionCode,
      visitedOn: daysAgo(0),
      incomePerCapita: 9900,
      note: null,
    };
    const meta = { requestId: 't', ip: null };
    const id = await followupFromVisit({ ...ctx, meta }, visit);
    expect(id).not.toBeNull();
    expect(await followupFromVisit({ ...ctx, meta }, visit)).toBeNull();
    const other = await newHousehold(regions.ownVillage.code);
    expect(
      await followupFromVisit({ ...ctx, meta }, { ...visit, id: crypto.randomUUID(), householdId: other.id }),
    ).toBeNull();
    const list = await ok(village.get(`/api/monitoring/cases/${caseId}/followups`));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ visitId: visit.id, incomePerCapita: 9900 });
  });
});

describe('the village notice 民主评议公示', () => {
  it('shows the households under appraisal without ID, phone, bank or health data', async () => {
    const household = await newHousehold(regions.ownVillage.code);
    const { id } = await startOn(household.id, {
      riskTypes: ['illness', 'disability'],
      objectType: 'sudden',
    });
    await consentPhoto(village, id);
    await act(village, id, 'confirm_visit', { visitedOn: daysAgo(0) });
    await act(county, id, 'compare', { compareResult: '无异常' });
    await act(village, id, 'set_notice', { noticeFrom: daysAgo(0), noticeTo: daysAgo(-6) });
    const url = `/api/monitoring/notices/${regions.ownVillage.code}`;
    const notice = await ok(village.get(url));
    const head = (await ok(county.get(`/api/households/${household.id}`))).headName;
    expect(notice.entries).toContainEqual({
      headName: head,
      groupName: null,
      memberCount: 1,
      objectType: 'sudden',
      objectTypeLabel: '突发严重困难户',
      noticeFrom: daysAgo(0),
      noticeTo: daysAgo(-6),
    });
    const body = JSON.stringify(notice);
    expect(body).not.toMatch(/\d{17}[\dXx]/);
    expect(body).not.toMatch(/1[3-9]\d{9}/);
    expect(body).not.toMatch(/\d{16,19}/);
    expect(body).not.toMatch(/\*{4}/);
    for (const word of ['因病', '因残', '疾病', '残疾', 'illness', 'disability'])
      expect(body).not.toContain(word);
    // Read by the village's own people and its township and county; nobody outside.
    const villager = await sessionOf('villager', regions.ownVillage.code);
    for (const s of [gridWorker, villager, township, county]) expect((await s.get(url)).statusCode).toBe(200);
    const [, secondVillage] = await villagesUnder(regions.ownTownship.code);
    const outsiders = [
      otherTownship,
      await sessionOf('villager', secondVillage.code),
      await sessionOf('village', secondVillage.code),
      await sessionOf('department', regions.county),
    ];
    for (const s of outsiders) expect((await s.get(url)).statusCode).toBe(404);
  });
});

describe('overdue steps and scope', () => {
  it('flags an overdue step in the list, on the case and on the owner level’s home page', async () => {
    const household = await newHousehold(regions.ownVillage.code);
    const { id } = await startOn(household.id);
    await db()
      .update(monitoringCases)
      .set({ stepDueAt: new Date(Date.now() - 3_600_000) })
      .where(eq(monitoringCases.id, id));
    const list = await ok(village.get('/api/monitoring/cases?overdue=true&pageSize=200'));
    expect(list.items.find((c: { id: string }) => c.id === id)).toMatchObject({ overdue: true });
    const notLate = await ok(village.get('/api/monitoring/cases?overdue=false&pageSize=200'));
    expect(notLate.items.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await ok(village.get(`/api/monitoring/cases/${id}`))).steps[0]).toMatchObject({
      state: 'village_review',
      status: 'current',
      overdue: true,
    });
    const home = await ok(village.get('/api/home'));
    const item = home.pending.find((p: { key: string }) => p.key === 'visits.cases.overdue');
    expect(item.label.zh).toMatch(/^\d+ 个识别步骤已超时$/);
    expect(item.entries.map((e: { path: string }) => e.path)).toContain(`/monitoring-cases/${id}`);
    // The village's late step is not the county's to chase.
    const countyHome = await ok(county.get('/api/home'));
    const countyItem = countyHome.pending.find((p: { key: string }) => p.key === 'visits.cases.overdue');
    expect(countyItem?.entries?.map((e: { path: string }) => e.path) ?? []).not.toContain(
      `/monitoring-cases/${id}`,
    );
  });

  it('hides a case from another township (404) and from its lists', async () => {
    const household = await newHousehold(regions.ownVillage.code);
    const { id } = await startOn(household.id);
    expect((await otherTownship.get(`/api/monitoring/cases/${id}`)).statusCode).toBe(404);
    expect(
      (await otherTownship.post(`/api/monitoring/cases/${id}/actions/refuse`, { reason: 'x' })).statusCode,
    ).toBe(404);
    const list = await ok(otherTownship.get('/api/monitoring/cases?pageSize=200'));
    expect(list.items.map((c: { id: string }) => c.id)).not.toContain(id);
    const [other] = await villagesUnder(regions.otherTownship.code);
    const foreign = await newHousehold(other.code);
    expect(
      (await village.post('/api/monitoring/cases', { householdId: foreign.id, riskTypes: ['illness'] }))
        .statusCode,
    ).toBe(404);
    const found = await ok(
      county.get(`/api/monitoring/cases?q=${encodeURIComponent(household.householdNo)}`),
    );
    expect(found.items.map((c: { id: string }) => c.id)).toEqual([id]);
  });
});
