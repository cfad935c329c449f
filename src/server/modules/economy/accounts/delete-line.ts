import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { economyIncomeLines } from '../tables';
import { refreshAccountSums } from './account-sums';
import { loadAccount, loadLine } from './load';
import { assertMayKeep } from './policy';
import { detailById } from './view';

/** 删除收入明细 (confirmed on the page); the account's sums follow. */
export const deleteLine = (ctx: Ctx, lineId: string) =>
  inTransaction(ctx, async (tx) => {
    const line = await loadLine(tx, lineId, true);
    await loadAccount(tx, line.accountId, true);
    assertMayKeep(tx.actor, line.regionCode);
    await tx.db.delete(economyIncomeLines).where(eq(economyIncomeLines.id, lineId));
    await refreshAccountSums(tx.db, line.accountId);
    await writeAudit(tx.db, tx, {
      action: 'economy.line.delete',
      entity: 'economy_income_line',
      entityId: lineId,
      regionCode: line.regionCode,
      diff: { accountId: line.accountId, code: line.code, quarter: line.quarter, amountFen: line.amountFen },
    });
    return detailById(tx, line.accountId);
  });
