import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Invalid, invalidField, NotFound } from '../../platform/errors';
import { villageOf } from '../../platform/scope';
import { assignHouseholdsToGrid, householdSummaries } from '../households/lookups';
import { gridCard } from './grid-card';
import { loadGridInScope } from './load-grid';

/**
 * Puts households into a small grid (十联户). A household sits in exactly one small grid, so
 * assigning one that is elsewhere moves it; all must live in the grid's village.
 */
export const assignHouseholds = async (ctx: Ctx, gridId: string, householdIds: string[]) => {
  await inTransaction(ctx, async (tx) => {
    const grid = await loadGridInScope(tx, gridId, true);
    if (grid.tier !== 'small') throw new Invalid('只能把农户分配到小网格（十联户）');
    const unique = [...new Set(householdIds)];
    const found = await householdSummaries(tx, unique);
    if (found.size !== unique.length) throw new NotFound('部分农户不存在或不在您的管辖范围内');
    const stranger = [...found.values()].find((h) => villageOf(h.regionCode) !== grid.regionCode);
    if (stranger) throw invalidField('householdIds', `农户 ${stranger.householdNo} 不在本网格所在的村`);
    await assignHouseholdsToGrid(tx, tx.db, unique, gridId);
    await writeAudit(tx.db, tx, {
      action: 'grid.assign_households',
      entity: 'grid',
      entityId: gridId,
      regionCode: grid.regionCode,
      diff: { householdIds: unique, fromGrids: unique.map((id) => found.get(id)?.gridId ?? null) },
    });
  });
  return gridCard(ctx, gridId);
};
