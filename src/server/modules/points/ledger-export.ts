import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { LEDGER_KIND_LABELS } from '../../../contracts/api/points';
import type { LedgerExportQuery } from '../../../contracts/api/points-excel';
import type { Ctx } from '../../platform/context';
import { auditedExport } from '../../platform/excel/export';
import type { SheetColumn } from '../../platform/excel/stream';
import { assertInScope, inScope, scopeOf, underRegion, villageOf } from '../../platform/scope';
import { villagesInScope } from '../households/import-villages';
import { householdSummaries } from '../households/lookups';
import { memberSummaries } from '../members/lookups';
import { orgSummaries } from '../org/lookups';
import { ledgerViews } from './ledger-view';
import { type PointsSystem, pointsAccounts, pointsLedger } from './tables';

// 导出积分流水: every entry of a system under a region in a period, one row each, streamed in
// keyset pages (date, account, sequence number) so a county's years of history use little memory.

const PAGE = 1000;

type LedgerRow = typeof pointsLedger.$inferSelect;
export type LedgerPageRow = LedgerRow;

export interface LedgerLine {
  village: string;
  /** 户编号 of a household, the branch (党组织) of a party member. */
  holderKey: string | null;
  name: string;
  occurredOn: string;
  kind: string;
  ruleCode: string | null;
  ruleName: string | null;
  amount: number;
  balanceAfter: number;
  note: string | null;
  createdAt: string;
}

/** A moment as the clerk reads it: Beijing time, YYYY-MM-DD HH:mm. */
export const chinaTime = (at: Date) =>
  new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

export const ledgerColumns = (system: PointsSystem): SheetColumn<LedgerLine>[] => [
  { header: '村', key: 'village', width: 24, value: (l) => l.village },
  system === 'civil'
    ? { header: '户编号', key: 'holderKey', value: (l) => l.holderKey }
    : { header: '党组织', key: 'holderKey', width: 24, value: (l) => l.holderKey },
  { header: '姓名', key: 'name', width: 10, value: (l) => l.name },
  { header: '日期', key: 'occurredOn', width: 12, value: (l) => l.occurredOn },
  { header: '类型', key: 'kind', width: 10, value: (l) => l.kind },
  { header: '规则编号', key: 'ruleCode', width: 10, value: (l) => l.ruleCode },
  { header: '规则名称', key: 'ruleName', width: 28, value: (l) => l.ruleName },
  { header: '分值', key: 'amount', width: 8, value: (l) => l.amount },
  { header: '变动后余额', key: 'balanceAfter', width: 12, value: (l) => l.balanceAfter },
  { header: '说明', key: 'note', width: 36, value: (l) => l.note },
  { header: '记账时间', key: 'createdAt', width: 18, value: (l) => l.createdAt },
];

/** Holder names and keys (户编号 or branch) of a page of entries. */
const holdersOf = async (ctx: Ctx, system: PointsSystem, rows: LedgerRow[]) => {
  const accounts = await ctx.db
    .select({ id: pointsAccounts.id, holderId: pointsAccounts.holderId })
    .from(pointsAccounts)
    .where(inArray(pointsAccounts.id, [...new Set(rows.map((r) => r.accountId))]));
  const holderIds = accounts.map((a) => a.holderId);
  const byHolder = new Map<string, { name: string; key: string | null }>();
  if (system === 'civil') {
    for (const [id, h] of await householdSummaries(ctx, holderIds))
      byHolder.set(id, { name: h.headName ?? h.householdNo, key: h.householdNo });
  } else {
    const members = await memberSummaries(ctx, holderIds);
    const orgs = await orgSummaries(
      ctx,
      [...members.values()].map((m) => m.orgId),
    );
    for (const [id, m] of members) byHolder.set(id, { name: m.name, key: orgs.get(m.orgId)?.name ?? null });
  }
  return new Map(accounts.map((a) => [a.id, byHolder.get(a.holderId)]));
};

const linesOf = async (
  ctx: Ctx,
  system: PointsSystem,
  rows: LedgerRow[],
  villageLabel: (code: string) => string,
): Promise<LedgerLine[]> => {
  const holders = await holdersOf(ctx, system, rows);
  const views = new Map((await ledgerViews(ctx, rows)).map((v) => [v.id, v]));
  return rows.map((r) => {
    const view = views.get(r.id)!;
    const holder = holders.get(r.accountId);
    return {
      village: villageLabel(villageOf(r.regionCode)),
      holderKey: holder?.key ?? null,
      name: holder?.name ?? '',
      occurredOn: r.occurredOn,
      kind: LEDGER_KIND_LABELS[r.kind],
      ruleCode: view.ruleCode,
      ruleName: view.ruleName,
      amount: r.amount,
      balanceAfter: r.balanceAfter,
      note: r.note,
      createdAt: chinaTime(r.createdAt),
    };
  });
};

/** The entries of a region and period (of one kind), page by page after the last (date, account, seq) seen. */
export async function* ledgerPages(
  ctx: Ctx,
  q: LedgerExportQuery,
  regionCode: string,
  kind?: LedgerRow['kind'],
) {
  let after: LedgerRow | undefined;
  for (;;) {
    const rows = await ctx.db
      .select()
      .from(pointsLedger)
      .where(
        and(
          inScope(pointsLedger.regionCode, scopeOf(ctx.actor)),
          underRegion(pointsLedger.regionCode, regionCode),
          eq(pointsLedger.system, q.system),
          kind ? eq(pointsLedger.kind, kind) : undefined,
          q.from ? gte(pointsLedger.occurredOn, q.from) : undefined,
          q.to ? lte(pointsLedger.occurredOn, q.to) : undefined,
          after
            ? sql`(${pointsLedger.occurredOn}, ${pointsLedger.accountId}, ${pointsLedger.seq}) > (${after.occurredOn}::date, ${after.accountId}::uuid, ${after.seq}::int)`
            : undefined,
        ),
      )
      .orderBy(asc(pointsLedger.occurredOn), asc(pointsLedger.accountId), asc(pointsLedger.seq))
      .limit(PAGE);
    if (rows.length) yield rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1];
  }
}

/** 导出积分流水 (audited with its filters). */
export const exportLedger = async (ctx: Ctx, q: LedgerExportQuery) => {
  const regionCode = q.regionCode ?? ctx.actor.scopeCode;
  assertInScope(regionCode, scopeOf(ctx.actor));
  const villages = await villagesInScope(ctx);
  async function* batches() {
    for await (const rows of ledgerPages(ctx, q, regionCode))
      yield await linesOf(ctx, q.system, rows, villages.label);
  }
  return auditedExport(ctx, {
    action: 'points.ledger.export',
    entity: 'points_ledger',
    filters: { system: q.system, from: q.from, to: q.to, regionCode },
    sheet: '积分流水',
    columns: ledgerColumns(q.system),
    batches: batches(),
  });
};
