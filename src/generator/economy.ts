import { and, asc, eq, like, sql } from 'drizzle-orm';
import { cadres } from '../server/modules/cadres/tables';
import { accountSums } from '../server/modules/economy/accounts/account-sums';
import { CONTRACTING_TAG_FROM } from '../server/modules/economy/defaults';
import {
  economyAccounts,
  economyAssets,
  economyBenefits,
  economyEntities,
  economyIncomeLines,
  economyPairings,
  economyPlans,
  economyProjects,
  type IncomeCode,
} from '../server/modules/economy/tables';
import { households, persons } from '../server/modules/households/tables';
import { regions } from '../server/modules/regions/tables';
import { writeAudit } from '../server/platform/audit/write';
import type { Database, Db } from '../server/platform/db/types';
import { ancestorAt, countyCodeOf, countyOf } from '../server/platform/scope';
import { incomesOfShape, TIANDONG_2020 } from './economy-shape';
import { Rng } from './random';

// Collective economy for a county whose regions are imported (docs/economy.md §8): an account for
// every village and year (income lines over I1–I5 by quarter; from 2024 no I2 lines, contracting
// income booked as I1 or I3 with the 发包 tag), growth from year to year, a share of empty-shell
// and weak villages; assets (some idle, some revived), cooperatives and companies, benefits to the
// village's real households, plans for weak villages, strong-helps-weak pairings, led projects.
// `seedShape: 'tiandong'` makes 2020 match seed T exactly over the county's first 167 villages.
// Deterministic per seed; bulk multi-row inserts.

export interface EconomyOptions {
  countyCode: string;
  seed: number;
  /** Years of accounts ending `year` (default 5). */
  years?: number;
  /** The last year (China time now when absent). */
  year?: number;
  seedShape?: 'tiandong';
}

export interface EconomyResult {
  villages: number;
  years: number[];
  accounts: number;
  lines: number;
  assets: number;
  entities: number;
  benefits: number;
  plans: number;
  pairings: number;
  projects: number;
  /** Villages of the seed shape's year (167 for 田东 2020, fewer when the county has fewer). */
  shaped: number;
  ms: number;
}

const SYSTEM = { actor: null, meta: { requestId: 'generator', ip: null } };
const CHUNK = 1_000;
const YUAN = 100;
const SHAPE_YEAR = 2020;
const chinaYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

const insertAll = async <T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
};

/** A village's operating income in the reference year (元): shells, weak, and a long tail. */
const drawLevel = (rng: Rng): number => {
  const band = rng.weighted([
    [[0, 0], 5],
    [[3_000, 49_000], 12],
    [[50_000, 99_000], 45],
    [[100_000, 199_000], 25],
    [[200_000, 499_000], 10],
    [[500_000, 1_500_000], 3],
  ] as const);
  return band[0] === 0 ? 0 : rng.int(band[0], band[1]);
};

/** Splits an amount (fen) into `n` positive parts in whole 元 where possible. */
const splitFen = (rng: Rng, amountFen: number, n: number): number[] => {
  if (n <= 1 || amountFen < n * YUAN) return [amountFen];
  const weights = Array.from({ length: n }, () => 0.5 + rng.float());
  const sum = weights.reduce((s, w) => s + w, 0);
  const parts = weights.map((w) => Math.floor((amountFen * w) / sum / YUAN) * YUAN);
  parts[n - 1] += amountFen - parts.reduce((s, p) => s + p, 0);
  return parts.filter((p) => p > 0);
};

interface Line {
  code: IncomeCode;
  item: string;
  amountFen: number;
  contracting: boolean;
  quarter: number;
}

/** The lines of one year: operating income as I1/I2/I3 (the 2024 rule), subsidies and other income. */
const linesOf = (rng: Rng, year: number, operatingYuan: number): Line[] => {
  const lines: Line[] = [];
  const push = (code: IncomeCode, item: string, fen: number, contracting: boolean) => {
    const parts = splitFen(rng, fen, fen >= 20_000 * YUAN ? rng.int(1, 3) : 1);
    for (const part of parts)
      lines.push({ code, item, amountFen: part, contracting, quarter: rng.int(1, 4) });
  };
  const op = operatingYuan * YUAN;
  if (op > 0) {
    const contracting = Math.floor((op * (0.2 + rng.float() * 0.3)) / YUAN) * YUAN;
    const investment = Math.floor(((op - contracting) * rng.float() * 0.5) / YUAN) * YUAN;
    const operating = op - contracting - investment;
    if (operating > 0)
      push('I1', rng.pick(['农产品销售', '物业出租', '劳务服务', '光伏发电']), operating, false);
    if (contracting > 0) {
      if (year < CONTRACTING_TAG_FROM)
        push('I2', rng.pick(['土地发包', '鱼塘发包', '林地发包']), contracting, false);
      else
        push(
          rng.chance(0.7) ? 'I1' : 'I3',
          rng.pick(['土地发包', '鱼塘发包', '林地发包']),
          contracting,
          true,
        );
    }
    if (investment > 0) push('I3', rng.pick(['入股分红', '联营收益', '光伏分红']), investment, false);
  }
  push('I4', '财政补助', rng.int(30, 150) * 1_000 * YUAN, false);
  if (rng.chance(0.5)) push('I5', rng.pick(['利息', '其他收入']), rng.int(200, 9_000) * YUAN, false);
  return lines;
};

export const generateEconomy = async (database: Database, o: EconomyOptions): Promise<EconomyResult> => {
  const started = performance.now();
  const county = countyCodeOf(o.countyCode);
  const db = database.db;
  const last = o.year ?? chinaYear();
  const count = o.years ?? 5;
  const first = o.seedShape ? Math.min(SHAPE_YEAR, last - count + 1) : last - count + 1;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const under = like(economyAccounts.regionCode, `${countyOf(county)}%`);
  const [taken] = await db.select({ id: economyAccounts.id }).from(economyAccounts).where(under).limit(1);
  if (taken) throw new Error('所选的县已有集体经济账目：生成器只写入没有账目的县');
  const villages = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(like(regions.code, `${countyOf(county)}%`), eq(regions.level, 'village')))
    .orderBy(asc(regions.code));
  if (villages.length === 0) throw new Error(`区划 ${o.countyCode} 没有村（先导入区划）`);

  const rng = new Rng(o.seed).fork(`economy-${county}`);
  const ids = new Rng(o.seed).fork(`economy-ids-${county}`);
  const uuid = () => ids.uuid();
  const shaped = o.seedShape ? Math.min(TIANDONG_2020.villages, villages.length) : 0;
  const shapeIncomes =
    o.seedShape && villages.length >= TIANDONG_2020.villages
      ? incomesOfShape(rng.fork('shape'), TIANDONG_2020)
      : null;
  const refYear = o.seedShape ? SHAPE_YEAR : last;

  const accounts: (typeof economyAccounts.$inferInsert)[] = [];
  const lines: (typeof economyIncomeLines.$inferInsert)[] = [];
  const lastIncome = new Map<string, number>();
  villages.forEach((v, i) => {
    const r = rng.fork(v.code);
    const inShape = shapeIncomes !== null && i < shaped;
    const level = inShape ? shapeIncomes[i] : drawLevel(r);
    const growth = r.normal(0.08, 0.06, -0.1, 0.3);
    for (const year of years) {
      // Villages beyond the seed's 167 have no account of the seed's year (counted as 0 there).
      if (shapeIncomes !== null && !inShape && year === SHAPE_YEAR) continue;
      const operatingYuan =
        year === refYear ? level : Math.max(0, Math.round(level * (1 + growth) ** (year - refYear)));
      const id = uuid();
      const yearLines = linesOf(r, year, operatingYuan);
      accounts.push({ id, regionCode: v.code, year, ...accountSums(year, yearLines) });
      for (const l of yearLines) lines.push({ id: uuid(), accountId: id, regionCode: v.code, year, ...l });
      if (year === last) lastIncome.set(v.code, operatingYuan);
    }
  });

  // Assets, entities, benefits to the village's households.
  const assets: (typeof economyAssets.$inferInsert)[] = [];
  const entities: (typeof economyEntities.$inferInsert)[] = [];
  const benefits: (typeof economyBenefits.$inferInsert)[] = [];
  const homes = await db
    .select({ id: households.id, regionCode: households.regionCode })
    .from(households)
    .where(like(households.regionCode, `${countyOf(county)}%`));
  const homesOf = new Map<string, string[]>();
  for (const h of homes) {
    const key = h.regionCode.slice(0, 12);
    homesOf.set(key, [...(homesOf.get(key) ?? []), h.id]);
  }
  for (const v of villages) {
    const r = rng.fork(`assets-${v.code}`);
    for (let k = r.int(2, 5); k > 0; k--) {
      const state = r.weighted([
        ['in_use', 60],
        ['idle', 20],
        ['reviving', 8],
        ['revived', 12],
      ] as const);
      const kind = r.pick(['land', 'building', 'equipment', 'forest', 'water', 'facility'] as const);
      assets.push({
        id: uuid(),
        regionCode: v.code,
        name: `${v.name}${{ land: '集体土地', building: '旧村部', equipment: '农机', forest: '集体林地', water: '鱼塘', facility: '冷库' }[kind]}${k}`,
        kind,
        valueFen: r.int(2, 80) * 10_000 * YUAN,
        size: kind === 'land' || kind === 'forest' ? `${r.int(10, 300)} 亩` : null,
        state,
        idleSince: state === 'in_use' ? null : `${last - r.int(1, 4)}-0${r.int(1, 9)}-01`,
        revivalPlan: state === 'in_use' ? null : r.pick(['出租给合作社', '改建为加工厂房', '发展林下经济']),
        revivedOn: state === 'revived' ? `${last - r.int(0, 2)}-0${r.int(1, 9)}-15` : null,
        revivedIncomeFen: state === 'revived' ? r.int(5, 60) * 1_000 * YUAN : null,
      });
    }
    const entityId = uuid();
    entities.push({
      id: entityId,
      regionCode: v.code,
      name: `${v.name}${r.pick(['种养专业合作社', '集体经济发展有限公司', '农旅专业合作社'])}`,
      kind: r.pick(['cooperative', 'company'] as const),
      industry: r.pick(['芒果', '香蕉', '养殖', '乡村旅游', '光伏']),
      model: r.chance(0.6)
        ? ['company', 'base', 'branch', 'cooperative', 'farmers']
        : ['branch', 'cooperative', 'farmers'],
      partners: r.chance(0.5) ? '田园农业有限公司' : null,
      establishedOn: `${last - r.int(2, 8)}-03-01`,
      memberHouseholds: r.int(20, 200),
    });
    for (const householdId of (homesOf.get(v.code) ?? []).slice(0, r.int(3, 8)))
      benefits.push({
        id: uuid(),
        regionCode: v.code,
        householdId,
        entityId,
        year: last - 1,
        kind: r.chance(0.7) ? 'dividend' : 'job',
        amountFen: r.int(200, 3_000) * YUAN,
        jobs: r.chance(0.3) ? 1 : 0,
      });
  }

  // Plans for weak villages, pairings with strong ones, led projects.
  const strong = [...villages].sort((a, b) => (lastIncome.get(b.code) ?? 0) - (lastIncome.get(a.code) ?? 0));
  const strongTop = strong.slice(0, Math.max(1, Math.ceil(villages.length / 5)));
  const plans: (typeof economyPlans.$inferInsert)[] = [];
  const pairings: (typeof economyPairings.$inferInsert)[] = [];
  const projects: (typeof economyProjects.$inferInsert)[] = [];
  const secretaries = await db
    .select({ id: cadres.id, regionCode: cadres.regionCode, name: persons.name })
    .from(cadres)
    .innerJoin(persons, eq(persons.id, cadres.personId))
    .where(
      and(
        like(cadres.regionCode, `${countyOf(county)}%`),
        sql`${cadres.posts} @> '[{"post":"secretary"}]'::jsonb`,
      ),
    );
  const secretaryOf = new Map(secretaries.map((s) => [s.regionCode.slice(0, 12), s]));
  for (const v of villages) {
    const r = rng.fork(`plans-${v.code}`);
    const income = lastIncome.get(v.code) ?? 0;
    const secretary = secretaryOf.get(v.code);
    let projectId: string | null = null;
    if (r.chance(0.8)) {
      projectId = uuid();
      const status = r.weighted([
        ['draft', 10],
        ['committed', 50],
        ['evaluated', 20],
        ['closed', 20],
      ] as const);
      projects.push({
        id: projectId,
        regionCode: v.code,
        year: last,
        kind: 'led',
        title: `${v.name}${r.pick(['发展特色种植', '盘活闲置资产', '建设光伏电站', '发展乡村旅游'])}项目`,
        leaderLevel: 'village',
        leaderCadreId: secretary?.id ?? null,
        leaderName: secretary?.name ?? `${v.name}党组织书记`,
        leaderPost: '村党组织书记',
        commitment: `年内带动村集体经济增收 ${r.int(2, 10)} 万元`,
        industry: r.pick(['种植', '养殖', '光伏', '旅游']),
        budgetFen: r.int(5, 50) * 10_000 * YUAN,
        dueOn: `${last}-12-31`,
        status,
        committedAt: status === 'draft' ? null : new Date(`${last}-03-01T02:00:00Z`),
        score: status === 'evaluated' || status === 'closed' ? r.int(70, 98) : null,
        evaluatedAt:
          status === 'evaluated' || status === 'closed' ? new Date(`${last}-10-01T02:00:00Z`) : null,
        closedAt: status === 'closed' ? new Date(`${last}-11-20T02:00:00Z`) : null,
        incomeFen: status === 'closed' ? r.int(10, 80) * 1_000 * YUAN : null,
      });
    }
    if (income >= 50_000) continue;
    plans.push({
      id: uuid(),
      regionCode: v.code,
      title: `${v.name}发展壮大村级集体经济方案`,
      startYear: last - 1,
      endYear: last + 1,
      measures: '盘活闲置资产，发展特色产业，强村带弱村',
      targets: [0, 1, 2].map((k) => ({ year: last - 1 + k, operatingFen: (50_000 + k * 20_000) * YUAN })),
      ledProjectId: projectId,
    });
    const township = ancestorAt(v.code, 'township');
    const partner = strongTop.find((s) => ancestorAt(s.code, 'township') === township) ?? strongTop[0];
    if (partner.code !== v.code)
      pairings.push({
        id: uuid(),
        regionCode: v.code,
        strongCode: partner.code,
        startYear: last - 1,
        agreement: `${partner.name}帮带${v.name}发展产业`,
        status: 'active',
      });
  }

  await db.transaction(async (tx) => {
    await insertAll(accounts, (c) => tx.insert(economyAccounts).values(c));
    await insertAll(lines, (c) => tx.insert(economyIncomeLines).values(c));
    await insertAll(assets, (c) => tx.insert(economyAssets).values(c));
    await insertAll(entities, (c) => tx.insert(economyEntities).values(c));
    await insertAll(benefits, (c) => tx.insert(economyBenefits).values(c));
    await insertAll(plans, (c) => tx.insert(economyPlans).values(c));
    await insertAll(pairings, (c) => tx.insert(economyPairings).values(c));
    await insertAll(projects, (c) => tx.insert(economyProjects).values(c));
    await writeAudit(tx as unknown as Db, SYSTEM, {
      action: 'generator.economy',
      entity: 'region',
      entityId: null,
      regionCode: county,
      diff: { seed: o.seed, years, accounts: accounts.length, seedShape: o.seedShape ?? null },
    });
  });
  return {
    villages: villages.length,
    years,
    accounts: accounts.length,
    lines: lines.length,
    assets: assets.length,
    entities: entities.length,
    benefits: benefits.length,
    plans: plans.length,
    pairings: pairings.length,
    projects: projects.length,
    shaped: shapeIncomes ? shaped : 0,
    ms: performance.now() - started,
  };
};
