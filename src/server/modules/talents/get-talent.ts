import type { Ctx } from '../../platform/context';
import { loadTalentInScope } from './load-talent';
import { talentDetail } from './talent-view';

export const getTalent = async (ctx: Ctx, talentId: string) =>
  talentDetail(ctx, await loadTalentInScope(ctx, talentId));
