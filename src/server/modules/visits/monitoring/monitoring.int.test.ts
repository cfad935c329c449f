import { and, eq, isNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../../platform/db/select-rows';
import { monitoringRules, monitoringSignals, monitoringThresholds } from '../tables';
import {
  county,
  db,
  gridWorker,
  newHousehold,
  otherTownship,
  regions,
  setThreshold,
  township,
  village,
  withVisitsHarness,
} from '../visits-test-kit';
import { evaluateRule, type RuleFacts, type RuleVersion, sinceDayOf, yearOf } from './rules';
import { runMonitoringSweep } from './sweep';
import { effectiveThreshold } from './thresholds';

// 防返贫监测规则 (docs/visits.md §2): the sweep flags exactly the households that meet each rule
// (checked against an independent evaluation of every household of the county in JS), explains
// each signal, opens no duplicates, clears what no longer holds, names the rule version; the
// at-risk list and dismissal keep to the caller's scope.

withVisitsHarness();

const NOW = new Date();
const YEAR = yearOf(NOW);
const DAY = 86_400_000;
const ok = async (res: { statusCode: number; body: string; json: () => unknown }, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as never;
};

const ids: Record<string, string> = {};

const exec = (q: ReturnType<typeof sql>) => db().execute(q);

const addMember = (householdId: string, regionCode: string) =>
  exec(sql`insert into persons (id, region_code, household_id, relation, name, initials, sex)
           values (${crypto.randomUUID()}, ${regionCode}, ${householdId}, 'spouse', '测试成员', 'csc', 'female')`);

const addProblem = (
  householdId: string,
  regionCode: string,
  riskType: string,
  daysAgo: number,
  text: string,
) =>
  exec(sql`insert into visit_problems (id, region_code, visit_id, household_id, question, description, risk_type, outcome, solution, created_at)
           values (${crypto.randomUUID()}, ${regionCode}, ${crypto.randomUUID()}, ${householdId}, 'Q07', ${text}, ${riskType},
                   'solved', '已登记', ${new Date(NOW.getTime() - daysAgo * DAY)})`);

let serial = 900000;
const addEvent = async (householdId: string, regionCode: string, code: string, title: string) => {
  const [cat] = await selectRows<{ id: string }>(
    db(),
    sql`select id from event_categories where region_code = ${regions.county} and code = ${code}`,
  );
  await exec(sql`insert into events (id, region_code, serial, year, category_id, category_code, household_id, source, title,
                   description, status, level, reported_at)
           values (${crypto.randomUUID()}, ${regionCode}, ${++serial}, ${YEAR}, ${cat.id}, ${code}, ${householdId}, 'staff',
                   ${title}, ${title}, 'village', 'village', ${NOW})`);
};

const addDepartment = (
  householdId: string,
  regionCode: string,
  department: string,
  kind: string,
  amount: number | null,
) =>
  exec(sql`insert into monitoring_department_records (id, region_code, person_id, household_id, department, kind, amount_yuan,
                   occurred_on, batch_id)
           values (${crypto.randomUUID()}, ${regionCode}, ${crypto.randomUUID()}, ${householdId}, ${department}, ${kind},
                   ${amount}, ${sinceDayOf(NOW, 10)}, ${crypto.randomUUID()})`);

/** Every household of the county evaluated in JS from separately loaded facts: the expected open signals. */
const expected = async (): Promise<Map<string, Set<string>>> => {
  const rules = await db()
    .select()
    .from(monitoringRules)
    .where(and(eq(monitoringRules.regionCode, regions.county), isNull(monitoringRules.supersededAt)));
  const threshold = await effectiveThreshold(db(), regions.county, YEAR);
  const hs = await selectRows<{ id: string; income: number | null; rigid: number | null; members: number }>(
    db(),
    sql`select h.id, h.income_per_capita as income, h.rigid_spending as rigid,
          (select count(*)::int from persons p where p.household_id = h.id and p.deleted_at is null) as members
        from households h where h.region_code >= '451022' and h.region_code < '451023' and h.deleted_at is null`,
  );
  const problems = await selectRows<{
    household_id: string;
    risk_type: string;
    created_at: Date;
    id: string;
  }>(db(), sql`select household_id, risk_type, created_at, id from visit_problems where deleted_at is null`);
  const evs = await selectRows<{
    household_id: string;
    category_code: string;
    reported_at: Date;
    status: string;
  }>(
    db(),
    sql`select household_id, category_code, reported_at, status from events where household_id is not null`,
  );
  const depts = await selectRows<{
    household_id: string;
    kind: string;
    amount_yuan: number | null;
    occurred_on: string;
  }>(
    db(),
    sql`select household_id, kind, amount_yuan, occurred_on::text from monitoring_department_records where deleted_at is null`,
  );
  const out = new Map<string, Set<string>>();
  for (const rule of rules) {
    const set = new Set<string>();
    out.set(rule.code, set);
    if (!rule.enabled) continue;
    const r: RuleVersion = { code: rule.code, version: rule.version, kind: rule.kind, params: rule.params };
    const days = Number(rule.params.days ?? 0);
    const since = sinceDayOf(NOW, days);
    const beijing = (d: Date) => new Date(new Date(d).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    for (const h of hs) {
      let met = false;
      if (rule.kind === 'income_below')
        met = evaluateRule(r, {
          year: YEAR,
          incomePerCapita: h.income,
          thresholdYuan: threshold?.amountYuan ?? null,
          thresholdRegion: null,
        }).met;
      else if (rule.kind === 'rigid_spending')
        met = evaluateRule(r, {
          rigidSpending: h.rigid,
          incomePerCapita: h.income,
          members: h.members,
          percent: Math.round(Number(rule.params.share) * 100),
        }).met;
      else if (rule.kind === 'sudden_event') {
        const facts: RuleFacts[] = [
          ...problems
            .filter((p) => p.household_id === h.id)
            .map((p) => ({
              source: 'visit' as const,
              sourceId: p.id,
              on: beijing(p.created_at),
              riskType: p.risk_type,
              categoryCode: null,
              text: '',
              days,
            })),
          ...evs
            .filter(
              (e) =>
                e.household_id === h.id && !['draft', 'returned', 'merged', 'withdrawn'].includes(e.status),
            )
            .map((e) => ({
              source: 'event' as const,
              sourceId: null,
              on: beijing(e.reported_at),
              riskType: null,
              categoryCode: e.category_code,
              text: '',
              days,
            })),
        ];
        met = facts.some((f) => evaluateRule(r, f, since).met);
      } else {
        met = depts
          .filter((d) => d.household_id === h.id)
          .some(
            (d) =>
              evaluateRule(
                r,
                {
                  recordId: null,
                  department: null,
                  kind: d.kind,
                  amountYuan: d.amount_yuan,
                  on: d.occurred_on,
                  days,
                  medicalYuan: Number(rule.params.medicalYuan),
                },
                since,
              ).met,
          );
      }
      if (met) set.add(h.id);
    }
  }
  return out;
};

const openSignals = () =>
  db()
    .select()
    .from(monitoringSignals)
    .where(and(eq(monitoringSignals.status, 'open'), sql`${monitoringSignals.ruleCode} is not null`));

const openByRule = async () => {
  const out = new Map<string, Set<string>>();
  for (const s of await openSignals()) {
    const set = out.get(s.ruleCode!) ?? new Set<string>();
    set.add(s.householdId);
    out.set(s.ruleCode!, set);
  }
  return out;
};

const sorted = (s: Set<string> | undefined) => [...(s ?? [])].sort();

beforeAll(async () => {
  await setThreshold(regions.county, YEAR, 8700);
  const own = regions.ownVillage.code;
  const other = regions.otherVillage.code;
  const make = async (name: string, regionCode: string, income: number, rigid: number | null = null) => {
    const h = await newHousehold(regionCode, { incomePerCapita: income });
    await exec(sql`update households set rigid_spending = ${rigid} where id = ${h.id}`);
    ids[name] = h.id;
    return h;
  };
  // Every other household of the county (made by other files of the harness, if any) keeps its data.
  await make('r1Yes', own, 6200);
  await make('r1No', own, 9000);
  await make('r1Other', other, 5000);
  await make('r2Yes', own, 10000, 30000);
  await addMember(ids.r2Yes, own);
  await make('r2No', own, 10000, 10000);
  await addMember(ids.r2No, own);
  await make('r3Visit', own, 20000);
  await addProblem(ids.r3Visit, own, 'illness', 5, '户主突发脑梗住院，花费较大');
  await make('r3Old', own, 20000);
  await addProblem(ids.r3Old, own, 'illness', 200, '旧病');
  await make('r3Schooling', own, 20000);
  await addProblem(ids.r3Schooling, own, 'schooling', 3, '孩子上学');
  await make('r3Event', own, 20000);
  await addEvent(ids.r3Event, own, 'E15', '山洪冲毁房屋');
  await make('r3EventOther', own, 20000);
  await addEvent(ids.r3EventOther, own, 'E01', '邻里纠纷');
  await make('r4Med', own, 20000);
  await addDepartment(ids.r4Med, own, 'medical_insurance', 'medical_cost', 12000);
  await make('r4Low', own, 20000);
  await addDepartment(ids.r4Low, own, 'medical_insurance', 'medical_cost', 5000);
  await make('r4Disability', other, 20000);
  await addDepartment(ids.r4Disability, other, 'disability', 'disability', null);
});

describe('the monitoring sweep', () => {
  it('flags exactly the households that meet each rule, each signal explained and naming its rule version', async () => {
    const result = await runMonitoringSweep(db(), { countyCode: regions.county, now: NOW });
    const want = await expected();
    const got = await openByRule();
    for (const code of ['R1', 'R2', 'R3', 'R4'])
      expect(sorted(got.get(code)), code).toEqual(sorted(want.get(code)));
    expect(result.opened).toBe([...want.values()].reduce((n, s) => n + s.size, 0));
    expect(result.households).toBeGreaterThanOrEqual(Object.keys(ids).length);
    // The named households, as built.
    expect(got.get('R1')).toContain(ids.r1Yes);
    expect(got.get('R1')).toContain(ids.r1Other);
    expect(got.get('R1')).not.toContain(ids.r1No);
    expect(got.get('R2')).toContain(ids.r2Yes);
    expect(got.get('R2')).not.toContain(ids.r2No);
    expect(got.get('R3')).toContain(ids.r3Visit);
    expect(got.get('R3')).toContain(ids.r3Event);
    for (const n of ['r3Old', 'r3Schooling', 'r3EventOther']) expect(got.get('R3')).not.toContain(ids[n]);
    expect(got.get('R4')).toContain(ids.r4Med);
    expect(got.get('R4')).toContain(ids.r4Disability);
    expect(got.get('R4')).not.toContain(ids.r4Low);
    // Every signal explains itself: the words are those of the pure core over the stored facts.
    const rules = await db()
      .select()
      .from(monitoringRules)
      .where(and(eq(monitoringRules.regionCode, regions.county), isNull(monitoringRules.supersededAt)));
    for (const s of await openSignals()) {
      const rule = rules.find((r) => r.code === s.ruleCode)!;
      expect(s.ruleVersion).toBe(rule.version);
      expect(s.channel).toBe(rule.kind === 'department_data' ? 'department' : 'rule');
      const e = evaluateRule(
        { code: rule.code, version: rule.version, kind: rule.kind, params: rule.params },
        s.facts as unknown as RuleFacts,
        sinceDayOf(NOW, Number(rule.params.days ?? 0)),
      );
      expect(e.met, s.reason).toBe(true);
      expect(s.reason).toBe(e.reason);
    }
    const byHousehold = (id: string, code: string) =>
      db()
        .select()
        .from(monitoringSignals)
        .where(and(eq(monitoringSignals.householdId, id), eq(monitoringSignals.ruleCode, code)));
    expect((await byHousehold(ids.r1Yes, 'R1'))[0].reason).toBe(
      `人均纯收入 6,200 元，低于 ${YEAR} 年监测标准 8,700 元`,
    );
    expect((await byHousehold(ids.r2Yes, 'R2'))[0].reason).toBe(
      '刚性支出自付 30,000 元，超过家庭纯收入 20,000 元（人均 10,000 元 × 2 人）的 50%',
    );
    expect((await byHousehold(ids.r3Visit, 'R3'))[0].reason).toMatch(
      /入户走访发现因病风险：户主突发脑梗住院/,
    );
    expect((await byHousehold(ids.r3Event, 'R3'))[0].reason).toMatch(/网格事件（E15）：山洪冲毁房屋/);
    expect((await byHousehold(ids.r4Med, 'R4'))[0].reason).toMatch(
      /^医保数据：.* 医疗费用自付 12,000 元，不低于 10,000 元$/,
    );
    expect((await byHousehold(ids.r4Disability, 'R4'))[0]).toMatchObject({
      channel: 'department',
      riskType: 'disability',
    });
  });

  it('opens no duplicates on a second sweep and clears the signals no longer met', async () => {
    const before = (await openSignals()).length;
    const again = await runMonitoringSweep(db(), { countyCode: regions.county, now: NOW });
    expect(again).toMatchObject({ opened: 0, cleared: 0, refreshed: before });
    expect((await openSignals()).length).toBe(before);
    await exec(sql`update households set income_per_capita = 9500 where id = ${ids.r1Yes}`);
    const third = await runMonitoringSweep(db(), { countyCode: regions.county, now: NOW });
    expect(third).toMatchObject({ opened: 0, cleared: 1 });
    const [r1] = await db()
      .select()
      .from(monitoringSignals)
      .where(and(eq(monitoringSignals.householdId, ids.r1Yes), eq(monitoringSignals.ruleCode, 'R1')));
    expect(r1).toMatchObject({ status: 'cleared', closeReason: '复核时已不再符合该规则' });
    expect(r1.closedAt).not.toBeNull();
  });

  it('two sweeps at once open no duplicates', async () => {
    await exec(sql`update households set income_per_capita = 3000 where id = ${ids.r1No}`);
    const [a, b] = await Promise.all([
      runMonitoringSweep(db(), { countyCode: regions.county, now: NOW }),
      runMonitoringSweep(db(), { countyCode: regions.county, now: NOW }),
    ]);
    expect(a.opened + b.opened).toBe(1);
    const dup = await selectRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from (select household_id, rule_code from monitoring_signals
            where status = 'open' and rule_code is not null group by 1, 2 having count(*) > 1) x`,
    );
    expect(dup[0].n).toBe(0);
  });

  it('editing a rule writes version 2 and the new signals name version 2', async () => {
    const bad = await county.post('/api/monitoring/rules/R2/versions', { params: { share: 3 } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().fields[0]).toMatchObject({ path: 'params.share', message: '占比（share）最多 1' });
    expect(
      (await village.post('/api/monitoring/rules/R2/versions', { params: { share: 0.3 } })).statusCode,
    ).toBe(403);
    const v2 = await ok(
      await county.post('/api/monitoring/rules/R2/versions', { params: { share: 0.3 } }),
      201,
    );
    expect(v2).toMatchObject({ code: 'R2', version: 2, params: { share: 0.3 } });
    const versions: { items: { version: number; supersededAt: string | null }[] } = await ok(
      await county.get('/api/monitoring/rules/R2/versions'),
    );
    expect(versions.items.map((v) => [v.version, v.supersededAt === null])).toEqual([
      [2, true],
      [1, false],
    ]);
    await runMonitoringSweep(db(), { countyCode: regions.county, now: NOW });
    // 10,000 of spending against 30% of 20,000: met under version 2 only.
    const [s] = await db()
      .select()
      .from(monitoringSignals)
      .where(and(eq(monitoringSignals.householdId, ids.r2No), eq(monitoringSignals.status, 'open')));
    expect(s).toMatchObject({ ruleCode: 'R2', ruleVersion: 2 });
    expect(s.reason).toContain('的 30%');
    const rules: { items: { code: string; version: number }[] } = await ok(
      await county.get('/api/monitoring/rules'),
    );
    expect(rules.items.find((r) => r.code === 'R2')!.version).toBe(2);
    // Disabled: its open signals are cleared.
    await ok(await county.post('/api/monitoring/rules/R4/versions', { enabled: false }), 201);
    await runMonitoringSweep(db(), { countyCode: regions.county, now: NOW });
    const r4 = await db()
      .select()
      .from(monitoringSignals)
      .where(and(eq(monitoringSignals.ruleCode, 'R4'), eq(monitoringSignals.status, 'open')));
    expect(r4).toHaveLength(0);
    await ok(await county.post('/api/monitoring/rules/R4/versions', { enabled: true }), 201);
  });
});

describe('thresholds', () => {
  it('the county keeps its own; the nearest region above a household wins', async () => {
    const created: { id: string; editable: boolean } = await ok(
      await county.post('/api/monitoring/thresholds', { year: 2031, amountYuan: 9100, note: '测试' }),
      201,
    );
    expect(created.editable).toBe(true);
    expect(
      (await county.post('/api/monitoring/thresholds', { year: 2031, amountYuan: 9200 })).statusCode,
    ).toBe(409);
    expect(
      (await county.post('/api/monitoring/thresholds', { year: 2031, amountYuan: 'x' })).statusCode,
    ).toBe(400);
    expect(
      (await village.post('/api/monitoring/thresholds', { year: 2032, amountYuan: 9200 })).statusCode,
    ).toBe(403);
    await ok(await county.patch(`/api/monitoring/thresholds/${created.id}`, { amountYuan: 9300 }));
    expect(await effectiveThreshold(db(), regions.county, 2031)).toEqual({
      amountYuan: 9300,
      regionCode: regions.county,
    });
    // A province row for a year the county has none: it applies, and the county cannot edit it.
    const provinceId = crypto.randomUUID();
    await db()
      .insert(monitoringThresholds)
      .values({ id: provinceId, regionCode: '450000000000', year: 2032, amountYuan: 8800, note: '省定' });
    expect(await effectiveThreshold(db(), regions.ownVillage.code, 2032)).toEqual({
      amountYuan: 8800,
      regionCode: '450000000000',
    });
    expect(await effectiveThreshold(db(), regions.county, 2040)).toBeNull();
    const list: { items: { id: string; editable: boolean; level: string }[] } = await ok(
      await village.get('/api/monitoring/thresholds'),
    );
    expect(list.items.find((t) => t.id === provinceId)).toMatchObject({ editable: false, level: 'province' });
    expect(list.items.some((t) => t.id === created.id)).toBe(true);
    expect(
      (await county.patch(`/api/monitoring/thresholds/${provinceId}`, { amountYuan: 1 })).statusCode,
    ).toBe(400);
    expect(
      (await county.patch(`/api/monitoring/thresholds/${provinceId}`, { amountYuan: 9000 })).statusCode,
    ).toBe(403);
    // Another county's row is not seen at all.
    const otherId = crypto.randomUUID();
    await db()
      .insert(monitoringThresholds)
      .values({ id: otherId, regionCode: regions.otherCounty, year: 2031, amountYuan: 8000 });
    expect(
      (await county.get('/api/monitoring/thresholds'))
        .json()
        .items.some((t: { id: string }) => t.id === otherId),
    ).toBe(false);
    expect((await county.request('DELETE', `/api/monitoring/thresholds/${otherId}`)).statusCode).toBe(404);
    await ok(await county.request('DELETE', `/api/monitoring/thresholds/${created.id}`));
  });
});

describe('the at-risk list', () => {
  type Page = {
    total: number;
    items: {
      householdId: string;
      reasons: { reason: string; ruleCode: string | null }[];
      channels: string[];
      villageName: string;
    }[];
  };

  it('shows one row per household with its reasons, in the caller’s scope', async () => {
    const all: Page = await ok(await county.get('/api/monitoring/at-risk?pageSize=200'));
    const open = await openSignals();
    expect(all.total).toBe(new Set(open.map((s) => s.householdId)).size);
    const r2 = all.items.find((i) => i.householdId === ids.r2Yes)!;
    expect(r2.reasons.map((r) => r.ruleCode)).toContain('R2');
    expect(r2.villageName).toBe(regions.ownVillage.name);
    const own: Page = await ok(await village.get('/api/monitoring/at-risk?pageSize=200'));
    expect(own.items.some((i) => i.householdId === ids.r1Other)).toBe(false);
    expect(own.items.some((i) => i.householdId === ids.r2Yes)).toBe(true);
    const grid: Page = await ok(await gridWorker.get('/api/monitoring/at-risk?pageSize=200'));
    expect(grid.total).toBe(own.total);
    const other: Page = await ok(await otherTownship.get('/api/monitoring/at-risk?pageSize=200'));
    expect(other.items.map((i) => i.householdId)).toContain(ids.r1Other);
    expect(other.items.some((i) => i.householdId === ids.r2Yes)).toBe(false);
    const dept: Page = await ok(await county.get('/api/monitoring/at-risk?channel=department'));
    expect(dept.items.every((i) => i.channels.includes('department'))).toBe(true);
    const illness: Page = await ok(await county.get('/api/monitoring/at-risk?riskType=illness&pageSize=200'));
    expect(illness.items.map((i) => i.householdId)).toContain(ids.r3Visit);
    const paged: Page = await ok(await county.get('/api/monitoring/at-risk?pageSize=2&page=2&sort=village'));
    expect(paged.total).toBe(all.total);
    expect(paged.items).toHaveLength(2);
    expect((await county.get('/api/monitoring/at-risk?sort=nope')).statusCode).toBe(400);
    const villages: { items: { regionCode: string; count: number }[] } = await ok(
      await township.get('/api/monitoring/at-risk/villages'),
    );
    expect(villages.items.find((v) => v.regionCode === regions.ownVillage.code)!.count).toBe(own.total);
    const xlsx = await county.get('/api/monitoring/at-risk/export');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('the home page tells villages, townships and grid workers how many households wait', async () => {
    const home: { pending: { key: string; label: { zh: string }; count: number; path: string }[] } = await ok(
      await village.get('/api/home'),
    );
    const item = home.pending.find((p) => p.key === 'visits.monitoring.at-risk')!;
    expect(item.label.zh).toBe(`${item.count} 户有返贫风险待核实`);
    expect(item.path).toBe('/monitoring');
  });

  it('a household’s signals and their dismissal keep to the scope, are audited, and are not reopened', async () => {
    const signals: { items: { id: string; ruleCode: string; status: string; reason: string }[] } = await ok(
      await village.get(`/api/monitoring/households/${ids.r3Visit}/signals`),
    );
    const s = signals.items.find((x) => x.ruleCode === 'R3' && x.status === 'open')!;
    expect(s.reason).toContain('因病');
    expect((await otherTownship.get(`/api/monitoring/households/${ids.r3Visit}/signals`)).statusCode).toBe(
      404,
    );
    expect(
      (await otherTownship.post(`/api/monitoring/signals/${s.id}/dismiss`, { reason: '已核实无风险' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await gridWorker.post(`/api/monitoring/signals/${s.id}/dismiss`, { reason: '已核实无风险' }))
        .statusCode,
    ).toBe(403);
    expect((await village.post(`/api/monitoring/signals/${s.id}/dismiss`, { reason: '' })).statusCode).toBe(
      400,
    );
    const done = await ok(
      await village.post(`/api/monitoring/signals/${s.id}/dismiss`, { reason: '已核实：已报销，无风险' }),
    );
    expect(done).toMatchObject({ status: 'dismissed', closeReason: '已核实：已报销，无风险' });
    expect(
      (await village.post(`/api/monitoring/signals/${s.id}/dismiss`, { reason: '再次排除' })).statusCode,
    ).toBe(409);
    const [audit] = await selectRows<{ action: string }>(
      db(),
      sql`select action from audit_log where entity = 'monitoring_signal' and entity_id = ${s.id}`,
    );
    expect(audit.action).toBe('monitoring.signal.dismiss');
    // The same facts again: the sweep does not reopen what a person dismissed.
    await runMonitoringSweep(db(), { countyCode: regions.county, now: NOW });
    const still = await db()
      .select()
      .from(monitoringSignals)
      .where(and(eq(monitoringSignals.householdId, ids.r3Visit), eq(monitoringSignals.status, 'open')));
    expect(still).toHaveLength(0);
  });

  it('the county runs the sweep now, audited', async () => {
    const r: { households: number } = await ok(await county.post('/api/monitoring/sweep'));
    expect(r.households).toBeGreaterThan(0);
    expect((await village.post('/api/monitoring/sweep')).statusCode).toBe(403);
  });
});
