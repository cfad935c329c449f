import { eq } from 'drizzle-orm';
import type { PatchLineBody } from '../../../../contracts/api/economy-accounts';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { economyIncomeLines, type IncomeCode } from '../tables';
import { refreshAccountSums } from './account-sums';
import { loadAccount, loadLine } from './load';
import { assertMayKeep, lineProblems, throwIfAny } from './policy';
import { detailById } from './view';

/** 修改收入明细: fields left out keep their value; the account's sums follow. */
export const updateLine = (ctx: Ctx, lineId: string, body: PatchLineBody) =>
  inTransaction(ctx, async (tx) => {
    const line = await loadLine(tx, lineId, true);
    await loadAccount(tx, line.accountId, true);
    assertMayKeep(tx.actor, line.regionCode);
    throwIfAny(lineProblems(line.year, body));
    const next = {
      quarter: body.quarter ?? line.quarter,
      code: (body.code as IncomeCode | undefined) ?? line.code,
      item: body.item?.trim() ?? line.item,
      contracting: body.contracting ?? line.contracting,
      amountFen: body.amountFen ?? line.amountFen,
      note: body.note === undefined ? line.note : body.note?.trim() || null,
    };
    await tx.db
      .update(economyIncomeLines)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(economyIncomeLines.id, lineId));
    await refreshAccountSums(tx.db, line.accountId);
    await writeAudit(tx.db, tx, {
      action: 'economy.line.update',
      entity: 'economy_income_line',
      entityId: lineId,
      regionCode: line.regionCode,
      diff: auditDiff(
        {
          quarter: line.quarter,
          code: line.code,
          item: line.item,
          contracting: line.contracting,
          amountFen: line.amountFen,
          note: line.note,
        },
        next,
      ),
    });
    return detailById(tx, line.accountId);
  });
