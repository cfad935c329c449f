import type { CampaignDetail } from '../../../../contracts/api/assess-campaign';
import type { Ctx } from '../../../platform/context';
import { Forbidden } from '../../../platform/errors';
import { transition } from '../../../platform/workflow/transition';
import { campaignDetail } from './get-campaign';
import { loadCampaign } from './load';
import { actsForCounty } from './policy';
import { campaignWorkflow } from './workflows';

// 开始公示 and 发布结果 (POST /api/assess/campaigns/:campaignId/actions/:action): the campaign's
// workflow; publish is refused (409) while 公示 runs, an objection is open or a rating waits for a
// new decision.

export const actOnCampaign = async (
  ctx: Ctx,
  campaignId: string,
  action: string,
): Promise<CampaignDetail> => {
  await loadCampaign(ctx, campaignId);
  if (!actsForCounty(ctx.actor)) throw new Forbidden('只有县委组织部可以公示、发布星级评定');
  const { record } = await transition(ctx, campaignWorkflow, campaignId, action);
  return campaignDetail(ctx, record);
};
