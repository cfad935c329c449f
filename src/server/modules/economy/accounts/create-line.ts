import type { LineBody } from '../../../../contracts/api/economy-accounts';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { economyIncomeLines, type IncomeCode } from '../tables';
import { refreshAccountSums } from './account-sums';
import { loadAccount } from './load';
import { assertMayKeep, lineProblems, throwIfAny } from './policy';
import { detailById } from './view';

// 录入收入明细: a line of the account (source, quarter, 明细, amount in fen, 发包 tag); the
// account's sums follow in the same transaction. Returns the account with its lines.

export const createLine = (ctx: Ctx, accountId: string, body: LineBody) =>
  inTransaction(ctx, async (tx) => {
    const account = await loadAccount(tx, accountId, true);
    assertMayKeep(tx.actor, account.regionCode);
    throwIfAny(lineProblems(account.year, body));
    const id = newId();
    const values = {
      quarter: body.quarter,
      code: body.code as IncomeCode,
      item: body.item.trim(),
      contracting: body.contracting ?? false,
      amountFen: body.amountFen,
      note: body.note?.trim() || null,
    };
    await tx.db
      .insert(economyIncomeLines)
      .values({ id, accountId, regionCode: account.regionCode, year: account.year, ...values });
    await refreshAccountSums(tx.db, accountId);
    await writeAudit(tx.db, tx, {
      action: 'economy.line.create',
      entity: 'economy_income_line',
      entityId: id,
      regionCode: account.regionCode,
      diff: { accountId, year: account.year, ...values },
    });
    return detailById(tx, accountId);
  });
