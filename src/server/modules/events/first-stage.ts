import type { Ctx } from '../../platform/context';
import { openStage } from './stages';
import type { eventCategories, events } from './tables';

/**
 * The first stage of a reported event: the village accepts it (受理), or the township for a
 * township-level category (村务、干部作风, 突发事件).
 */
export const firstStage = (
  tx: Ctx,
  event: Pick<typeof events.$inferSelect, 'id' | 'regionCode'>,
  category: Pick<typeof eventCategories.$inferSelect, 'limits' | 'handlingLevel'>,
  at: Date,
) =>
  openStage(tx, event, category, {
    kind: 'accept',
    owner: category.handlingLevel === 'township' ? 'township' : 'village',
    at,
  });
