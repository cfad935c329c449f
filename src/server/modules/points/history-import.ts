import { inArray } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/write';
import type { Ctx } from '../../platform/context';
import type { Importer } from '../../platform/excel/run-import';
import { accountOf } from './accounts';
import { checkHistoryRow, chinaToday, type HistoryDraft, type RuleCache } from './history-row';
import { historySheetSpec } from './history-sheet';
import { post } from './ledger';
import { pointsLedger } from './tables';

// 历史积分导入: the whole file is checked first (history-row.ts); only a file without a single
// problem is posted, every row through post() with kind 'import', all in one transaction. Each
// posting's idempotency key is the job id and the row number, so a job run twice posts once.

interface HistoryState {
  drafts: HistoryDraft[];
}

/** The idempotency key of a row of an import job. */
export const historyKey = (jobId: string, row: number) => `import:${jobId}:${row}`;

/** Keys of a job's rows that are already in the ledger (a retried commit skips them). */
const postedKeys = async (tx: Ctx, keys: string[]) => {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 1000) {
    const rows = await tx.db
      .select({ key: pointsLedger.idempotencyKey })
      .from(pointsLedger)
      .where(inArray(pointsLedger.idempotencyKey, keys.slice(i, i + 1000)));
    for (const r of rows) found.add(r.key);
  }
  return found;
};

/** Posts the checked rows of a job (inside the import's one transaction) and audits the file once. */
export const postHistory = async (tx: Ctx, jobId: string, drafts: HistoryDraft[], fileName: string) => {
  const done = await postedKeys(
    tx,
    drafts.map((d) => historyKey(jobId, d.row)),
  );
  let entries = 0;
  let points = 0;
  for (const d of drafts) {
    const idempotencyKey = historyKey(jobId, d.row);
    if (done.has(idempotencyKey)) continue;
    const account = await accountOf(tx, d.holder);
    await post(tx, {
      accountId: account.id,
      regionCode: account.regionCode,
      system: d.holder.system,
      amount: d.amount,
      kind: 'import',
      occurredOn: d.occurredOn,
      idempotencyKey,
      ruleId: d.ruleId,
      note: d.note,
    });
    entries++;
    points += d.amount;
  }
  await writeAudit(tx.db, tx, {
    action: 'points.import',
    entity: 'points_ledger',
    regionCode: tx.actor.scopeCode,
    diff: { file: fileName, job: jobId, entries, points },
  });
  return { entries, points };
};

/** The 历史积分 importer for the Excel framework (registryExcelRoutes → startImport). */
export const historyImporter = async (_ctx: Ctx, fileName: string): Promise<Importer<HistoryState>> => ({
  registry: 'points',
  spec: historySheetSpec,
  singlePass: true,
  async check(ctx, rows, errors, progress) {
    const lookups = { rules: new Map() as RuleCache, today: chinaToday() };
    const drafts: HistoryDraft[] = [];
    let count = 0;
    for await (const row of rows) {
      const draft = await checkHistoryRow(ctx, row, lookups, errors);
      if (draft) drafts.push(draft);
      await progress(++count);
    }
    return { drafts };
  },
  commit: (tx, jobId, state) => postHistory(tx, jobId, state.drafts, fileName),
});
