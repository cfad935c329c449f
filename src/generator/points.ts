import { and, asc, eq, gte, isNull, lt, or } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { households } from '../server/modules/households/tables';
import { partyMembers } from '../server/modules/members/tables';
import {
  pointsAccounts,
  pointsClaims,
  pointsGoods,
  pointsLedger,
  pointsRedemptions,
  pointsRules,
  pointsShops,
  pointsStockMoves,
} from '../server/modules/points/tables';
import { regions } from '../server/modules/regions/tables';
import { writeAudit } from '../server/platform/audit/write';
import { copyRows } from '../server/platform/db/copy-rows';
import type { Database } from '../server/platform/db/types';
import { scaleFor } from './points-rates';
import { emptyPointsRows, generatePointsVillage, type PointsRows, type RuleRef } from './points-village';
import { Rng } from './random';

// Points for villages the generator has filled (households and party members exist): a shop per
// village with the default goods, an account per household and member, 12 months of approved
// claims under the county's current rules, redemptions and stock moves, copied in bulk and
// consistent, so that `npm run points:reconcile` finds nothing to report.

export interface PointsOptions {
  countyCode: string;
  seed: number;
  /** Village codes; every village of the county with households when absent. */
  villages?: string[];
  /** About this many ledger entries in all (rates are scaled to reach it); the default rates otherwise. */
  targetEntries?: number;
  /** The end of the 12 months; now when absent. */
  today?: Date;
}

export interface PointsResult {
  villages: number;
  accounts: number;
  claims: number;
  entries: number;
  redemptions: number;
  moves: number;
  scale: number;
  ms: number;
}

/** Ledger entries per COPY batch. */
const BATCH_ENTRIES = 100_000;
const SYSTEM = { actor: null, meta: { requestId: 'generator', ip: null } };

/** Codes under `code` as a range, which uses the region indexes. */
const rangeOf = (column: AnyPgColumn, code: string) =>
  and(gte(column, code), lt(column, `${code.slice(0, -1)}${Number(code.slice(-1)) + 1}`));

const flushPoints = async (database: Database, b: PointsRows) => {
  const copy = async <T extends Parameters<typeof copyRows>[1]>(table: T, rows: T['$inferInsert'][]) => {
    const keys = new Set<string>();
    for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
    if (rows.length) await copyRows(database, table, [...keys] as never, rows);
  };
  await copy(pointsShops, b.shops);
  await copy(pointsGoods, b.goods);
  await copy(pointsAccounts, b.accounts);
  await copy(pointsClaims, b.claims);
  await copy(pointsLedger, b.ledger);
  await copy(pointsRedemptions, b.redemptions);
  await copy(pointsStockMoves, b.moves);
};

/** The county's current rules, by `system:code`. */
const currentRules = async (database: Database, countyCode: string) => {
  const rows = await database.db
    .select()
    .from(pointsRules)
    .where(
      and(
        eq(pointsRules.regionCode, `${countyCode}000000`),
        isNull(pointsRules.supersededAt),
        eq(pointsRules.active, true),
      ),
    );
  if (rows.length === 0) throw new Error(`区划 ${countyCode} 没有积分规则目录（导入区划时写入）`);
  return new Map<string, RuleRef>(rows.map((r) => [`${r.system}:${r.code}`, r]));
};

/** Households and members of each village, in code order. */
const holdersByVillage = async (database: Database, o: PointsOptions) => {
  const villageRows = await database.db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(rangeOf(regions.code, o.countyCode), eq(regions.level, 'village')))
    .orderBy(asc(regions.code));
  const chosen = o.villages ? villageRows.filter((v) => o.villages!.includes(v.code)) : villageRows;
  const inChosen = (column: AnyPgColumn) =>
    o.villages ? or(...o.villages.map((code) => rangeOf(column, code))) : rangeOf(column, o.countyCode);
  const homes = await database.db
    .select({ id: households.id, regionCode: households.regionCode })
    .from(households)
    .where(and(inChosen(households.regionCode), isNull(households.deletedAt)))
    .orderBy(asc(households.householdNo), asc(households.id));
  const members = await database.db
    .select({ id: partyMembers.id, regionCode: partyMembers.regionCode })
    .from(partyMembers)
    .where(and(inChosen(partyMembers.regionCode), isNull(partyMembers.deletedAt)))
    .orderBy(asc(partyMembers.regionCode), asc(partyMembers.id));
  const of = <T extends { regionCode: string }>(rows: T[], code: string) =>
    rows.filter((r) => r.regionCode.startsWith(code));
  return chosen
    .map((v) => ({ ...v, households: of(homes, v.code), members: of(members, v.code) }))
    .filter((v) => v.households.length > 0);
};

export const generatePoints = async (database: Database, o: PointsOptions): Promise<PointsResult> => {
  const started = performance.now();
  const rules = await currentRules(database, o.countyCode);
  const villages = await holdersByVillage(database, o);
  if (villages.length === 0) throw new Error('所选的村还没有农户：先生成农户再生成积分');
  const [taken] = await database.db
    .select({ id: pointsAccounts.id })
    .from(pointsAccounts)
    .where(or(...villages.map((v) => rangeOf(pointsAccounts.regionCode, v.code))))
    .limit(1);
  if (taken) throw new Error('所选的村已有积分账户：生成器只写入没有积分数据的村');
  const households = villages.reduce((s, v) => s + v.households.length, 0);
  const members = villages.reduce((s, v) => s + v.members.length, 0);
  const byCode = new Map([...rules.values()].map((r) => [r.code, r]));
  const scale = o.targetEntries ? scaleFor(o.targetEntries, households, members, byCode) : 1;
  const now = (o.today ?? new Date()).getTime();
  const rng = new Rng(o.seed);
  const result = { villages: 0, accounts: 0, claims: 0, entries: 0, redemptions: 0, moves: 0 };
  let batch = emptyPointsRows();
  for (const [i, v] of villages.entries()) {
    generatePointsVillage(rng.fork(`points-${v.code}`), { ...v, rules, scale, now }, batch);
    result.villages++;
    if (batch.ledger.length >= BATCH_ENTRIES || i === villages.length - 1) {
      result.accounts += batch.accounts.length;
      result.claims += batch.claims.length;
      result.entries += batch.ledger.length;
      result.redemptions += batch.redemptions.length;
      result.moves += batch.moves.length;
      await flushPoints(database, batch);
      batch = emptyPointsRows();
    }
  }
  for (const table of [
    'points_accounts',
    'points_ledger',
    'points_claims',
    'points_redemptions',
    'points_stock_moves',
  ])
    await database.rawQuery(`analyze ${table}`);
  await database.db.transaction((tx) =>
    writeAudit(tx, SYSTEM, {
      action: 'generator.points',
      entity: 'region',
      entityId: null,
      regionCode: `${o.countyCode}000000`,
      diff: { seed: o.seed, scale, ...result },
    }),
  );
  return { ...result, scale, ms: performance.now() - started };
};
