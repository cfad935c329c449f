import type { VillageChecklist } from '../../../../contracts/api/assess-checklist';
import { can } from '../../../../contracts/roles';
import { type Ctx, inTransaction } from '../../../platform/context';
import { invalidField } from '../../../platform/errors';
import { entryViews } from './entry-views';
import { beijingYear, completionRate, entryRefusal } from './policy';
import { ensureEntries, refreshRecordAnswers } from './record-answers';
import { activeItemsOf, villageInScope } from './village';

// 村十有五化: every active item with its entry; the current year's record-answered items are read
// from the records again first (record-answers.ts).

export const readVillageChecklist = async (
  ctx: Ctx,
  village: string,
  query: { year?: number },
): Promise<VillageChecklist> => {
  const villageName = await villageInScope(ctx, village);
  const current = beijingYear();
  const year = query.year ?? current;
  if (year > current) throw invalidField('year', `${year} 年度尚未开始`);
  const items = await activeItemsOf(ctx, village);
  const entries = await inTransaction(ctx, async (tx) => {
    await ensureEntries(tx, village, year, items);
    if (year === current) await refreshRecordAnswers(tx, village, year, items);
    return entryViews(tx, village, year, items);
  });
  const done = entries.filter((e) => e.done).length;
  return {
    regionCode: village,
    villageName,
    year,
    editable: can(ctx.actor.role, 'assess.checklist') && entryRefusal(ctx.actor.role, year, current) === null,
    done,
    total: entries.length,
    rate: completionRate(done, entries.length),
    entries,
  };
};
