import type { EconomyPart } from '../part';
import { accountExcelRoutes } from './excel-routes';
import { accountRoutes } from './routes';

// The accounts part of the economy module: yearly accounts: income lines by source, Excel template/import/export, the quarterly return (docs/economy.md §2).
// It declares its routes, audit names, attachments, home items, figures and 一户一档 fields here;
// ../manifest.ts gathers them.

export const accountsPart: EconomyPart = {
  name: 'accounts',
  routes: [accountExcelRoutes, accountRoutes],
  audit: {
    entities: {
      economy_account: { zh: '村集体经济年度收支台账', en: 'Village collective economy account' },
      economy_income_line: { zh: '村集体经济收入明细', en: 'Collective income line' },
    },
    actions: {
      'economy.account.create': { zh: '新建年度收支台账', en: 'Create yearly account' },
      'economy.account.update': { zh: '修改年度收支台账备注', en: 'Edit yearly account note' },
      'economy.account.delete': { zh: '删除年度收支台账', en: 'Delete yearly account' },
      'economy.line.create': { zh: '录入收入明细', en: 'Add income line' },
      'economy.line.update': { zh: '修改收入明细', en: 'Edit income line' },
      'economy.line.delete': { zh: '删除收入明细', en: 'Delete income line' },
      'economy.accounts.import': { zh: '导入年度收支明细', en: 'Import yearly accounts' },
      'economy.accounts.export': { zh: '导出年度收支台账', en: 'Export yearly accounts' },
      'economy.quarterly.export': { zh: '下载季度报表', en: 'Download quarterly return' },
    },
  },
};
