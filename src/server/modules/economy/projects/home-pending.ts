import type { Ctx } from '../../../platform/context';
import type { HomePending } from '../../../platform/modules/manifest';
import { beijingYear } from './dates';
import { PAGES } from './kinds';
import { missingCount } from './missing';
import { mayEvaluate } from './policy';

// 工作台 of the township and the county: how many villages (and townships) have no led project
// this year; opens the 未领办 tab of the projects page.

export const projectsHomePending = async (ctx: Ctx): Promise<HomePending[]> => {
  if (!mayEvaluate(ctx.actor)) return [];
  const year = beijingYear();
  const n = await missingCount(ctx, year);
  if (n === 0) return [];
  return [
    {
      key: 'economy.projects.missing',
      label: {
        zh: `${n} 个村（乡镇）书记未领办 ${year} 年项目`,
        en: `${n} secretaries (villages, townships) lead no ${year} project`,
      },
      count: n,
      path: PAGES.missing,
    },
  ];
};
