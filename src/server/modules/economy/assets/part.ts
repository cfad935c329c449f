import type { EconomyPart } from '../part';
import { assetRoutes } from './asset-routes';
import { benefitRoutes } from './benefit-routes';
import { entityRoutes } from './entity-routes';
import { householdBenefits } from './household-benefits';

// The assets part of the economy module: assets and idle-asset revival, enterprises and cooperatives, benefits to households in 一户一档 (docs/economy.md §3).
// It declares its routes, audit names, attachments, home items, figures and 一户一档 fields here;
// ../manifest.ts gathers them.

export const assetsPart: EconomyPart = {
  name: 'assets',
  routes: [assetRoutes, entityRoutes, benefitRoutes],
  audit: {
    entities: {
      economy_asset: { zh: '集体资产', en: 'Collective asset' },
      economy_entity: { zh: '经营主体', en: 'Enterprise or cooperative' },
      economy_benefit: { zh: '农户受益（利益联结）', en: 'Household benefit' },
    },
    actions: {
      'economy.asset.create': { zh: '新增集体资产', en: 'Add collective asset' },
      'economy.asset.update': { zh: '修改集体资产', en: 'Edit collective asset' },
      'economy.asset.delete': { zh: '删除集体资产', en: 'Delete collective asset' },
      'economy.asset.restore': { zh: '撤销删除集体资产', en: 'Restore collective asset' },
      'economy.asset.export': { zh: '导出集体资产', en: 'Export collective assets' },
      'economy.entity.create': { zh: '新增经营主体', en: 'Add enterprise or cooperative' },
      'economy.entity.update': { zh: '修改经营主体', en: 'Edit enterprise or cooperative' },
      'economy.entity.delete': { zh: '删除经营主体', en: 'Delete enterprise or cooperative' },
      'economy.entity.restore': { zh: '撤销删除经营主体', en: 'Restore enterprise or cooperative' },
      'economy.entity.export': { zh: '导出经营主体', en: 'Export enterprises and cooperatives' },
      'economy.benefit.create': { zh: '登记农户受益', en: 'Record household benefit' },
      'economy.benefit.update': { zh: '修改农户受益', en: 'Edit household benefit' },
      'economy.benefit.delete': { zh: '删除农户受益', en: 'Delete household benefit' },
      'economy.benefit.export': { zh: '导出利益联结', en: 'Export household benefits' },
    },
  },
  householdFile: async (ctx, household) => ({ economyBenefits: await householdBenefits(ctx, household.id) }),
};
