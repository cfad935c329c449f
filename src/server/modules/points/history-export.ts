import { inArray } from 'drizzle-orm';
import type { LedgerExportQuery } from '../../../contracts/api/points-excel';
import type { Ctx } from '../../platform/context';
import { auditedExport } from '../../platform/excel/export';
import { exportColumns } from '../../platform/excel/spec-columns';
import { assertInScope, scopeOf, villageOf } from '../../platform/scope';
import { assertMayExportInFull, idNumbersOf } from '../households/id-numbers-export';
import { villagesInScope } from '../households/import-villages';
import { householdSummaries } from '../households/lookups';
import { memberSummaries } from '../members/lookups';
import { HISTORY_SHEET, historySheetSpec } from './history-sheet';
import { type LedgerPageRow, ledgerPages } from './ledger-export';
import { ledgerViews } from './ledger-view';
import { type PointsSystem, pointsAccounts } from './tables';

// 导出历史积分 (format=history of the ledger export): the entries posted by 历史积分导入, in the
// import's own columns, so the file imports back unchanged into another installation. A party
// member is found by ID number: the full number only with reveal and a stated purpose.

interface HistoryLine {
  householdNo: string | null;
  idNumber: string | null;
  name: string;
  date: string;
  points: number;
  ruleCode: string | null;
  note: string | null;
  village: string;
  ruleName: string | null;
}

const COLUMNS = exportColumns<HistoryLine>(
  historySheetSpec,
  {
    householdNo: (l) => l.householdNo,
    idNumber: (l) => l.idNumber,
    name: (l) => l.name,
    date: (l) => l.date,
    points: (l) => l.points,
    ruleCode: (l) => l.ruleCode,
    note: (l) => l.note,
  },
  [
    { header: '村', key: 'village', width: 24, value: (l) => l.village },
    { header: '规则名称', key: 'ruleName', width: 28, value: (l) => l.ruleName },
  ],
);

type Holder = { householdNo: string | null; idNumber: string | null; name: string };

/** 户编号 and head of each household, or ID number and name of each member, by holder id. */
const holdersOf = async (ctx: Ctx, system: PointsSystem, holderIds: string[], reveal: boolean) => {
  const out = new Map<string, Holder>();
  if (system === 'civil') {
    for (const [id, h] of await householdSummaries(ctx, holderIds))
      out.set(id, { householdNo: h.householdNo, idNumber: null, name: h.headName ?? '' });
    return out;
  }
  const members = await memberSummaries(ctx, holderIds);
  const ids = await idNumbersOf(
    ctx,
    [...members.values()].map((m) => m.personId),
    reveal,
  );
  for (const [id, m] of members)
    out.set(id, { householdNo: null, idNumber: ids.get(m.personId) ?? null, name: m.name });
  return out;
};

const linesOf = async (
  ctx: Ctx,
  system: PointsSystem,
  rows: LedgerPageRow[],
  reveal: boolean,
  villageLabel: (code: string) => string,
): Promise<HistoryLine[]> => {
  const accounts = await ctx.db
    .select({ id: pointsAccounts.id, holderId: pointsAccounts.holderId })
    .from(pointsAccounts)
    .where(inArray(pointsAccounts.id, [...new Set(rows.map((r) => r.accountId))]));
  const holders = await holdersOf(
    ctx,
    system,
    accounts.map((a) => a.holderId),
    reveal,
  );
  const holderOf = new Map(accounts.map((a) => [a.id, holders.get(a.holderId)]));
  const views = new Map((await ledgerViews(ctx, rows)).map((v) => [v.id, v]));
  return rows.map((r) => {
    const holder = holderOf.get(r.accountId);
    const view = views.get(r.id);
    return {
      householdNo: holder?.householdNo ?? null,
      idNumber: holder?.idNumber ?? null,
      name: holder?.name ?? '',
      date: r.occurredOn,
      points: r.amount,
      ruleCode: view?.ruleCode ?? null,
      note: r.note,
      village: villageLabel(villageOf(r.regionCode)),
      ruleName: view?.ruleName ?? null,
    };
  });
};

/** 导出历史积分 of a system under a region in a period (audited with its filters and purpose). */
export const exportHistory = async (ctx: Ctx, q: LedgerExportQuery) => {
  const { reveal: revealText, purpose, ...filters } = q;
  const reveal = revealText === 'true';
  assertMayExportInFull(ctx.actor, reveal, purpose);
  const regionCode = q.regionCode ?? ctx.actor.scopeCode;
  assertInScope(regionCode, scopeOf(ctx.actor));
  const villages = await villagesInScope(ctx);
  async function* batches() {
    for await (const rows of ledgerPages(ctx, q, regionCode, 'import'))
      yield await linesOf(ctx, q.system, rows, reveal, villages.label);
  }
  return auditedExport(ctx, {
    action: reveal ? 'points.history.export_unmasked' : 'points.history.export',
    entity: 'points_ledger',
    filters: { ...filters, regionCode, reveal, purpose: purpose ?? null },
    sheet: HISTORY_SHEET,
    columns: COLUMNS,
    batches: batches(),
  });
};
