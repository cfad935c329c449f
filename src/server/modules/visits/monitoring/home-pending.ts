import type { Ctx } from '../../../platform/context';
import type { HomePending } from '../../../platform/modules/manifest';
import { countAtRisk } from './at-risk';

// 工作台 of villages, townships and grid workers: households of their scope with open signals.

const ROLES = new Set(['village', 'township', 'grid_worker']);

export const monitoringHomePending = async (ctx: Ctx): Promise<HomePending[]> => {
  if (!ROLES.has(ctx.actor.role)) return [];
  const n = await countAtRisk(ctx);
  if (n === 0) return [];
  return [
    {
      key: 'visits.monitoring.at-risk',
      label: { zh: `${n} 户有返贫风险待核实`, en: `${n} households at risk of poverty to check` },
      count: n,
      path: '/monitoring',
    },
  ];
};
