import { defineModule } from '../../platform/modules/manifest';
import { gatherParts } from '../../platform/modules/parts';
import { accountsPart } from './accounts/part';
import { assetsPart } from './assets/part';
import { pairingsPart } from './pairings/part';
import type { EconomyPart } from './part';
import { plansPart } from './plans/part';
import { projectsPart } from './projects/part';
import { seedEconomyCatalogues } from './seed';
import * as tables from './tables';
import { viewsPart } from './views/part';

// 集体经济与领办项目: village collective economy accounts, tiers and targets, one plan per village,
// strong-helps-weak pairings, and secretary-led projects (issue 14, docs/economy.md). The module
// is made of parts, each declaring its routes, audit names, attachments and home items.

const PARTS: readonly EconomyPart[] = [
  accountsPart,
  assetsPart,
  plansPart,
  pairingsPart,
  projectsPart,
  viewsPart,
];

export const economyModule = defineModule({
  name: 'economy',
  label: { zh: '集体经济', en: 'Collective economy' },
  tables,
  permissions: [
    'economy.read',
    'economy.accounts',
    'economy.settings',
    'economy.plans',
    'economy.pairings',
    'economy.projects',
    'economy.evaluate',
  ],
  ...gatherParts('economy', PARTS, {
    entities: { economy_settings: { zh: '集体经济档次设置', en: 'Collective economy tiers' } },
    actions: {
      'economy.catalogue.seed': {
        zh: '生成默认集体经济档次与目标',
        en: 'Seed default economy tiers and target',
      },
    },
  }),
  onCountyImport: (db, who, countyCode) => seedEconomyCatalogues(db, who, countyCode),
});
