import { and, eq, inArray } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import type { Ctx } from '../../../platform/context';
import type { Importer } from '../../../platform/excel/run-import';
import { descendantsOf } from '../../regions/list-descendants';
import { economyAccounts, economyIncomeLines } from '../tables';
import { refreshAccountSums } from './account-sums';
import { checkAccountRow, type ImportedLine, type VillageLookup } from './import-row';
import { accountsSheetSpec } from './import-sheet';
import { mayKeepAccounts } from './policy';

// 收支导入, all or nothing: the whole file is checked first (import-row.ts); only a file without a
// single problem is written, in one transaction. Each village and year the file names gets the
// file's lines instead of the ones it had (its account is created when missing), and its sums.

interface AccountsState {
  lines: ImportedLine[];
}

/** The villages the caller keeps accounts for, by code. */
const villagesKept = async (ctx: Ctx): Promise<VillageLookup> => {
  const rows = await descendantsOf(ctx.db, ctx.actor.scopeCode, 'village');
  return new Map(rows.filter((v) => mayKeepAccounts(ctx.actor, v.code)).map((v) => [v.code, v.name]));
};

const keyOf = (l: { villageCode: string; year: number }) => `${l.villageCode}:${l.year}`;

/** The account of a village and year, created when missing; locked for the replacement. */
const accountFor = async (tx: Ctx, villageCode: string, year: number) => {
  await tx.db
    .insert(economyAccounts)
    .values({ id: newId(), regionCode: villageCode, year, updatedBy: tx.actor.userId })
    .onConflictDoNothing();
  const [row] = await tx.db
    .select({ id: economyAccounts.id })
    .from(economyAccounts)
    .where(and(eq(economyAccounts.regionCode, villageCode), eq(economyAccounts.year, year)))
    .for('update');
  return row.id;
};

/** Replaces the lines of every village and year in `lines` (inside the import's transaction). */
export const replaceAccountLines = async (tx: Ctx, lines: ImportedLine[], fileName: string) => {
  const groups = new Map<string, ImportedLine[]>();
  for (const l of lines) groups.set(keyOf(l), [...(groups.get(keyOf(l)) ?? []), l]);
  const accountIds: string[] = [];
  let replaced = 0;
  for (const group of groups.values()) {
    const { villageCode, year } = group[0];
    const accountId = await accountFor(tx, villageCode, year);
    accountIds.push(accountId);
    const gone = await tx.db
      .delete(economyIncomeLines)
      .where(eq(economyIncomeLines.accountId, accountId))
      .returning({ id: economyIncomeLines.id });
    replaced += gone.length;
    for (let i = 0; i < group.length; i += 500)
      await tx.db.insert(economyIncomeLines).values(
        group.slice(i, i + 500).map((l) => ({
          id: newId(),
          accountId,
          regionCode: villageCode,
          year,
          quarter: l.quarter,
          code: l.code,
          item: l.item,
          contracting: l.contracting,
          amountFen: l.amountFen,
          note: l.note,
        })),
      );
    await refreshAccountSums(tx.db, accountId);
  }
  await tx.db
    .update(economyAccounts)
    .set({ updatedBy: tx.actor.userId })
    .where(inArray(economyAccounts.id, accountIds));
  const counts = { accounts: groups.size, lines: lines.length, replaced };
  await writeAudit(tx.db, tx, {
    action: 'economy.accounts.import',
    entity: 'economy_account',
    regionCode: tx.actor.scopeCode,
    diff: { file: fileName, ...counts },
  });
  return counts;
};

/** The 收支明细 importer for the Excel framework (startImport). */
export const accountsImporter = async (_ctx: Ctx, fileName: string): Promise<Importer<AccountsState>> => ({
  registry: 'economyAccounts',
  spec: accountsSheetSpec,
  singlePass: true,
  async check(ctx, rows, errors, progress) {
    const villages = await villagesKept(ctx);
    const lines: ImportedLine[] = [];
    let count = 0;
    for await (const row of rows) {
      const line = checkAccountRow(row, villages, errors);
      // Once a row has failed the file is refused: keep no more lines.
      if (line && errors.count === 0) lines.push(line);
      await progress(++count);
    }
    return { lines };
  },
  commit: (tx, _jobId, state) => replaceAccountLines(tx, state.lines, fileName),
});
