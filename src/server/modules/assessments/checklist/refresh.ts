import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden } from '../../../platform/errors';
import { beijingYear, mayRefresh } from './policy';
import { ensureEntries, refreshRecordAnswers } from './record-answers';
import { summaryVillages } from './summary-scope';
import { activeItemsOf } from './village';

// 刷新自动判定项: the township or county reads the record-answered items again for all its villages
// (one village after another, each in its own transaction), so the summary counts today's answers
// for villages nobody opened lately. Only the current year: the figures describe the present.

export const refreshChecklist = async (ctx: Ctx, body: { year: number; township?: string }) => {
  if (!mayRefresh(ctx.actor.role)) throw new Forbidden('只有乡镇和县级可以刷新自动判定项');
  if (body.year !== beijingYear()) throw new Conflict('只能刷新本年度的自动判定项');
  const { base, villages } = await summaryVillages(ctx, body.township);
  let entries = 0;
  for (const v of villages)
    entries += await inTransaction(ctx, async (tx) => {
      const items = await activeItemsOf(tx, v.code);
      await ensureEntries(tx, v.code, body.year, items);
      return refreshRecordAnswers(tx, v.code, body.year, items);
    });
  await inTransaction(ctx, (tx) =>
    writeAudit(tx.db, tx, {
      action: 'assessments.checklist.refresh',
      entity: 'checklist_entry',
      regionCode: base,
      diff: { year: body.year, villages: villages.length, entries },
    }),
  );
  return { villages: villages.length, entries };
};
