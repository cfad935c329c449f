import type { AuditLabels } from '../../platform/audit/labels';
import { workflowAuditActions } from '../../platform/workflow/define';
import { claimWorkflow } from './claim-workflow';

// 审计日志: the names of what this module writes to the audit log (see platform/audit/labels.ts).

const claim = { zh: '积分申报', en: 'points claim' };

export const pointsAuditLabels: AuditLabels = {
  entities: {
    points_rule: { zh: '积分规则', en: 'Points rule' },
    points_ledger: { zh: '积分流水', en: 'Points ledger' },
    points_claim: { zh: '积分申报', en: 'Points claim' },
    points_shop: { zh: '积分超市', en: 'Points shop' },
    points_goods: { zh: '超市商品', en: 'Shop goods' },
    points_redemption: { zh: '积分兑换', en: 'Redemption' },
  },
  actions: {
    'points.catalogue.seed': { zh: '生成默认积分规则目录', en: 'Seed default rule catalogue' },
    'points.rule.create': { zh: '新增积分规则', en: 'Add points rule' },
    'points.rule.update': { zh: '修改积分规则', en: 'Edit points rule' },
    'points.claim.create': { zh: '新建积分申报', en: 'Create points claim' },
    ...workflowAuditActions(claimWorkflow, claim),
    'points.entry.reverse': { zh: '冲正积分流水', en: 'Reverse ledger entry' },
    'points.import': { zh: '导入历史积分', en: 'Import past points' },
    'points.ledger.export': { zh: '导出积分流水', en: 'Export points ledger' },
    'points.history.export': { zh: '导出历史积分', en: 'Export historical points' },
    'points.history.export_unmasked': {
      zh: '导出历史积分（含完整身份证号）',
      en: 'Export historical points with full ID numbers',
    },
    'points.ranking.export': { zh: '导出积分排名', en: 'Export points ranking' },
    'points.statement.export': { zh: '导出超市月结单', en: 'Export shop statement' },
    'points.shop.create': { zh: '新建积分超市', en: 'Create points shop' },
    'points.shop.update': { zh: '修改积分超市', en: 'Edit points shop' },
    'points.goods.create': { zh: '上架商品', en: 'Add goods' },
    'points.goods.update': { zh: '修改商品', en: 'Edit goods' },
    'points.goods.stock_in': { zh: '商品入库', en: 'Stock in goods' },
    'points.redeem': { zh: '积分兑换', en: 'Redeem points' },
    'points.redeem.hand_over': { zh: '兑换商品交付', en: 'Hand over redeemed goods' },
    'points.redeem.cancel': { zh: '取消兑换', en: 'Cancel redemption' },
  },
};
