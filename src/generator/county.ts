import { and, count, eq, inArray } from 'drizzle-orm';
import { cadres, workTeamMembers, workTeams } from '../server/modules/cadres/tables';
import { grids, gridWorkers } from '../server/modules/grids/tables';
import { households, persons } from '../server/modules/households/tables';
import { partyMembers } from '../server/modules/members/tables';
import { partyOrgs } from '../server/modules/org/tables';
import { importCounty } from '../server/modules/regions/import-county';
import { descendantsOf } from '../server/modules/regions/list-descendants';
import { regions } from '../server/modules/regions/tables';
import { talents } from '../server/modules/talents/tables';
import { writeAudit } from '../server/platform/audit/write';
import { copyRows } from '../server/platform/db/copy-rows';
import type { Database } from '../server/platform/db/types';
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

const empty = (): VillageRows => ({
  households: [],
  persons: [],
  orgs: [],
  members: [],
  cadres: [],
  workTeams: [],
  teamMembers: [],
  grids: [],
  gridWorkers: [],
  talents: [],
});

/** Writes one batch of villages, parents before children. */
const flush = async (database: Database, b: VillageRows) => {
  // Every key any row sets (rows of one table may leave different optional fields out).
  const copy = <T extends Parameters<typeof copyRows>[1]>(table: T, rows: T['$inferInsert'][]) => {
    const keys = new Set<string>();
    for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
    return rows.length ? copyRows(database, table, [...keys] as never, rows) : Promise.resolve(0);
  };
  await copy(partyOrgs, b.orgs);
  await copy(grids, b.grids);
  await copy(gridWorkers, b.gridWorkers);
  await copy(households, b.households);
  await copy(persons, b.persons);
  await copy(partyMembers, b.members);
  await copy(cadres, b.cadres);
  await copy(workTeams, b.workTeams);
  await copy(workTeamMembers, b.teamMembers);
  await copy(talents, b.talents);
};

export const generateCounty = async (
  database: Database,
  pii: PiiCipher,
  o: GenerateOptions,
): Promise<GenerateResult> => {
  const started = performance.now();
  const db = database.db;
  const countyRegion = `${o.countyCode}000000`;
  const [known] = await db.select({ n: count() }).from(regions).where(eq(regions.parentCode, countyRegion));
  if (known.n === 0) await importCounty(db, SYSTEM, o.countyCode);
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

  const profile = profileFor(o.countyCode);
  const shapes = seedShapes(o.profile, allVillages.length);
  const rng = new Rng(o.seed);
  const today = o.today ?? new Date();
  const ids = new IdNumberBook();

  // The township party committees, reused when they exist.
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

  const perVillage = o.householdsPerVillage ?? profile.householdsPerVillage;
  const totals = { villages: 0, households: 0, persons: 0, members: 0, cadres: 0, grids: 0 };
  let batch = empty();
  for (const [i, v] of chosen.entries()) {
    const vr = rng.fork(v.code);
    const input: VillageInput = {
      code: v.code,
      name: v.name,
      townshipOrgId: committees.get(v.parentCode ?? '') as string,
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
      (batch[key] as unknown[]).push(...rows[key]);
    totals.villages++;
    totals.households += rows.households.length;
    totals.persons += rows.persons.length;
    totals.members += rows.members.length;
    totals.cadres += rows.cadres.length;
    totals.grids += rows.grids.length;
    if (batch.persons.length >= 20_000 || i === chosen.length - 1) {
      await flush(database, batch);
      batch = empty();
      o.onProgress?.(totals);
    }
  }
  for (const table of ['households', 'persons', 'party_members', 'grids', 'party_orgs', 'cadres'])
    await database.rawQuery(`analyze ${table}`);
  // The bulk path writes no audit row per record: one row says what was generated, and where.
  await db.transaction((tx) =>
    writeAudit(tx, SYSTEM, {
      action: 'generator.county',
      entity: 'region',
      entityId: null,
      regionCode: countyRegion,
      diff: { seed: o.seed, profile: o.profile ?? null, ...totals },
    }),
  );
  return { ...totals, ms: performance.now() - started };
};
