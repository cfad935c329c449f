import type { EconomyPart } from '../part';
import { planRoutes } from './plan-routes';
import { settingsRoutes } from './settings-routes';

// The plans part of the economy module: tier settings and targets, one plan per village, villages below a band (docs/economy.md §4).
// It declares its routes, audit names, attachments, home items, figures and 一户一档 fields here;
// ../manifest.ts gathers them.

const t = (zh: string, en: string) => ({ zh, en });

export const plansPart: EconomyPart = {
  name: 'plans',
  routes: [settingsRoutes, planRoutes],
  audit: {
    entities: {
      economy_target: t('集体经济发展目标', 'Collective economy target'),
      economy_plan: t('一村一方案', 'Village economy plan'),
    },
    actions: {
      'economy.settings.update': t('修改集体经济收入档次', 'Change the income tiers'),
      'economy.target.create': t('新增集体经济发展目标', 'Add an economy target'),
      'economy.target.update': t('修改集体经济发展目标', 'Edit an economy target'),
      'economy.target.delete': t('删除集体经济发展目标', 'Delete an economy target'),
      'economy.plan.create': t('新增一村一方案', 'Add a village plan'),
      'economy.plan.update': t('修改一村一方案', 'Edit a village plan'),
      'economy.plan.delete': t('删除一村一方案', 'Delete a village plan'),
      'economy.plan.restore': t('恢复一村一方案', 'Restore a village plan'),
      'economy.weak.export': t('导出薄弱村清单', 'Export weak villages'),
    },
  },
};
