import { and, count, eq, inArray } from 'drizzle-orm';
import { MODULES } from '../server/modules';
import { cadres, workTeamMembers, workTeams } from '../server/modules/cadres/tables';
import { grids, gridWorkers } from '../server/modules/grids/tables';
import { households, persons } from '../server/modules/households/tables';
import { memberContacts, partyMembers } from '../server/modules/members/tables';
import { partyOrgs } from '../server/modules/org/tables';
import { importCounty } from '../server/modules/regions/import-county';
import { descendantsOf } from '../server/modules/regions/list-descendants';
import { regions } from '../server/modules/regions/tables';
import { talents } from '../server/modules/talents/tables';
import { writeAudit } from '../server/platform/audit/write';
import { copyRows } from '../server/platform/db/copy-rows';
import type { Database } from '../server/platform/db/types';
import { installModules } from '../server/platform/modules/registry';
import type { PiiCipher } from '../server/platform/pii/crypto';
import { IdNumberBook } from './id-numbers';
import { profileFor } from './profiles';
import { Rng } from './random';
import { generateVillage, type VillageInput, type VillageRows } from './village';

// A whole county (or its first N villages) into the database through the bulk path: the rows are
// generated village by village (each village from its own random stream, so the same seed gives
// the same county), checked against the contracts, and copied in batches.

export interface GenerateOptions {
  countyCode: string;
  seed: number;
  /** Only the first N villages (in code order); all when absent. */
  villages?: number;
  /** Households per village; the county profile's figure when absent. */
  householdsPerVillage?: number;
  /** 'tiandong-2020': cadre backgrounds, secretaries and stationed teams as the 田东 report gives them. */
  profile?: 'tiandong-2020';
  today?: Date;
  onProgress?: (done: { villages: number; households: number; persons: number }) => void;
}

export interface GenerateResult {
  villages: number;
  households: number;
  persons: number;
  members: number;
  cadres: number;
  grids: number;
  ms: number;
}

const SYSTEM = { actor: null, meta: { requestId: 'generator', ip: null } };

/** The seed figures of 田东 (DOMAIN.md §2, seed T 2020/2021) per village. */
const seedShapes = (profile: GenerateOptions['profile'], villages: number) =>
  profile === 'tiandong-2020'
    ? {
        // 93 of the secretaries are wealth-creation experts = 54.06 %.
        secretaryWealthExpert: 0.5406,
        // No one-shoulder figure for 田东; 景泰's 70.3 % is the documents' only one.
        oneShoulder: 0.703,
        // 400 members in 167 teams: every village has a team of 2 or 3.
        teamMembers: (i: number) => (i < Math.round((400 / 167 - 2) * villages) ? 3 : 2),
        // 182 experts (93 secretaries), 123 returned migrants, 40 graduates, 27 veterans among ~7 cadres a village.
        backgrounds: {
          wealthExpert: (182 - 93) / 167 / 7,
          returnedMigrant: 123 / 167 / 8,
          returnedGraduate: 40 / 167 / 8,
          veteran: 27 / 167 / 8,
        },
      }
    : {
        secretaryWealthExpert: 0.4,
        oneShoulder: 0.6,
        teamMembers: (i: number) => (i % 3 === 0 ? 3 : 0),
        backgrounds: { wealthExpert: 0.15, returnedMigrant: 0.15, returnedGraduate: 0.05, veteran: 0.03 },
      };

/** Persons per COPY batch: larger batches mean fewer statements, more memory held. */
const BATCH_PERSONS = 20_000;

const empty = (): VillageRows => ({
  households: [],
  persons: [],
  orgs: [],
  members: [],
  contacts: [],
  cadres: [],
  workTeams: [],
  teamMembers: [],
  grids: [],
  gridWorkers: [],
  talents: [],
});

/** Writes one batch of villages, parents before children. */
export const flush = async (database: Pick<Database, 'copyCsv'>, b: VillageRows) => {
  // Every key any row sets (rows of one table may leave different optional fields out).
  const copy = <T extends Parameters<typeof copyRows>[1]>(table: T, rows: T['$inferInsert'][]) => {
    const keys = new Set<string>();
    for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
    return rows.length ? copyRows(database as Database, table, [...keys] as never, rows) : Promise.resolve(0);
  };
  await copy(partyOrgs, b.orgs);
  await copy(grids, b.grids);
  await copy(gridWorkers, b.gridWorkers);
  await copy(households, b.households);
  await copy(persons, b.persons);
  await copy(partyMembers, b.members);
  await copy(memberContacts, b.contacts);
  await copy(cadres, b.cadres);
  await copy(workTeams, b.workTeams);
  await copy(workTeamMembers, b.teamMembers);
  await copy(talents, b.talents);
};

/**
 * What the database says about a county before its rows are generated: its villages (the first
 * N), each with its township's party committee (written here when missing). Plain data, so that
 * a worker thread can generate the rows from it.
 */
export interface CountyPlan {
  countyCode: string;
  seed: number;
  profile?: 'tiandong-2020';
  /** Milliseconds since the epoch. */
  today: number;
  /** All villages of the county, chosen or not: the tiandong-2020 team sizes count them. */
  villagesInCounty: number;
  householdsPerVillage?: number;
  villages: { code: string; name: string; townshipOrgId: string }[];
}

export type Totals = Omit<GenerateResult, 'ms'>;

/** Imports the county's regions from the NBS tables unless they are there. */
export const ensureCountyRegions = async (database: Database, countyCode: string) => {
  const [known] = await database.db
    .select({ n: count() })
    .from(regions)
    .where(eq(regions.parentCode, `${countyCode}000000`));
  if (known.n > 0) return;
  installModules(MODULES);
  await importCounty(database.db, SYSTEM, countyCode);
};

export const planCounty = async (database: Database, o: GenerateOptions): Promise<CountyPlan> => {
  const db = database.db;
  const countyRegion = `${o.countyCode}000000`;
  await ensureCountyRegions(database, o.countyCode);
  const townships = await descendantsOf(db, countyRegion, 'township');
  const allVillages = await descendantsOf(db, countyRegion, 'village');
  const chosen = o.villages ? allVillages.slice(0, o.villages) : allVillages;
  if (chosen.length === 0) throw new Error(`区划 ${o.countyCode} 下没有村`);
  const [existing] = await db
    .select({ n: count() })
    .from(households)
    .where(
      inArray(
        households.regionCode,
        chosen.map((v) => v.code),
      ),
    );
  if (existing.n > 0) throw new Error(`所选的村已有 ${existing.n} 户数据：生成器只写入空的村`);

  // The township party committees, reused when they exist.
  const rng = new Rng(o.seed);
  const committees = new Map<string, string>();
  const existingCommittees = await db
    .select({ id: partyOrgs.id, regionCode: partyOrgs.regionCode })
    .from(partyOrgs)
    .where(
      and(
        eq(partyOrgs.level, 'committee'),
        inArray(
          partyOrgs.regionCode,
          townships.map((t) => t.code),
        ),
      ),
    );
  for (const c of existingCommittees) committees.set(c.regionCode, c.id);
  const newCommittees = townships
    .filter((t) => !committees.has(t.code) && chosen.some((v) => v.parentCode === t.code))
    .map((t) => {
      const id = rng.fork(`committee-${t.code}`).uuid();
      committees.set(t.code, id);
      return { id, regionCode: t.code, name: `中共${t.name}委员会`, level: 'committee', kind: 'township' };
    });
  if (newCommittees.length)
    await copyRows(database, partyOrgs, ['id', 'regionCode', 'name', 'level', 'kind'], newCommittees);
  return {
    countyCode: o.countyCode,
    seed: o.seed,
    profile: o.profile,
    today: (o.today ?? new Date()).getTime(),
    villagesInCounty: allVillages.length,
    householdsPerVillage: o.householdsPerVillage,
    villages: chosen.map((v) => ({
      code: v.code,
      name: v.name,
      townshipOrgId: committees.get(v.parentCode ?? '') as string,
    })),
  };
};

/**
 * Generates the plan's villages and hands them to `write` in batches of about 20,000 persons.
 * No database here: the rows depend on the plan and the seed alone.
 */
export const generateRows = async (
  plan: CountyPlan,
  pii: PiiCipher,
  write: (batch: VillageRows) => Promise<void>,
  onProgress?: GenerateOptions['onProgress'],
): Promise<Totals> => {
  const profile = profileFor(plan.countyCode);
  const shapes = seedShapes(plan.profile, plan.villagesInCounty);
  const rng = new Rng(plan.seed);
  const today = new Date(plan.today);
  const ids = new IdNumberBook();
  const perVillage = plan.householdsPerVillage ?? profile.householdsPerVillage;
  const totals = { villages: 0, households: 0, persons: 0, members: 0, cadres: 0, grids: 0 };
  let batch = empty();
  for (const [i, v] of plan.villages.entries()) {
    const vr = rng.fork(v.code);
    const input: VillageInput = {
      ...v,
      households: Math.max(
        5,
        Math.round(vr.normal(perVillage, perVillage * 0.3, perVillage * 0.3, perVillage * 2)),
      ),
      secretaryWealthExpert: shapes.secretaryWealthExpert,
      oneShoulder: shapes.oneShoulder,
      teamMembers: shapes.teamMembers(i),
      backgrounds: shapes.backgrounds,
    };
    const rows = generateVillage(vr, profile, input, pii, ids, today);
    for (const key of Object.keys(batch) as (keyof VillageRows)[])
      for (const row of rows[key]) (batch[key] as unknown[]).push(row);
    totals.villages++;
    totals.households += rows.households.length;
    totals.persons += rows.persons.length;
    totals.members += rows.members.length;
    totals.cadres += rows.cadres.length;
    totals.grids += rows.grids.length;
    if (batch.persons.length >= BATCH_PERSONS || i === plan.villages.length - 1) {
      await write(batch);
      batch = empty();
      onProgress?.(totals);
    }
  }
  return totals;
};

/** Statistics for the planner, and one audit row that says what was generated, and where. */
export const finishCounty = async (database: Database, plan: CountyPlan, totals: Totals) => {
  for (const table of [
    'households',
    'persons',
    'party_members',
    'member_contacts',
    'grids',
    'party_orgs',
    'cadres',
  ])
    await database.rawQuery(`analyze ${table}`);
  await database.db.transaction((tx) =>
    writeAudit(tx, SYSTEM, {
      action: 'generator.county',
      entity: 'region',
      entityId: null,
      regionCode: `${plan.countyCode}000000`,
      diff: { seed: plan.seed, profile: plan.profile ?? null, ...totals },
    }),
  );
};

/** One county in this thread: plan, generate, copy, finish. */
export const generateCounty = async (
  database: Database,
  pii: PiiCipher,
  o: GenerateOptions,
): Promise<GenerateResult> => {
  const started = performance.now();
  const plan = await planCounty(database, o);
  const totals = await generateRows(plan, pii, (batch) => flush(database, batch), o.onProgress);
  await finishCounty(database, plan, totals);
  return { ...totals, ms: performance.now() - started };
};
