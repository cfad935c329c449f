import { defineModule } from '../../platform/modules/manifest';
import { gatherParts } from '../../platform/modules/parts';
import { casesPart } from './cases/part';
import { cluesPart } from './clues/part';
import { contactsPart } from './contacts/part';
import { VISITS_GENERATOR_AUDIT } from './generator-audit';
import { monitoringPart } from './monitoring/part';
import type { VisitsPart } from './part';
import { reportsPart } from './reports/part';
import { seedVisitsCatalogues } from './seed';
import * as tables from './tables';
import { visitPart } from './visit/part';

// 走访与防返贫监测: household visits (十问十清), return-to-poverty monitoring with its three discovery
// channels and identification workflow, and leaders' contact duties (issue 15, docs/visits.md).
// The module is made of parts, each declaring its routes, audit names, attachments and home items.

const PARTS: readonly VisitsPart[] = [
  visitPart,
  monitoringPart,
  cluesPart,
  casesPart,
  contactsPart,
  reportsPart,
];

export const visitsModule = defineModule({
  name: 'visits',
  label: { zh: '走访与防返贫监测', en: 'Visits and poverty monitoring' },
  tables,
  permissions: [
    'visits.read',
    'visits.record',
    'monitoring.read',
    'monitoring.settings',
    'monitoring.clues',
    'monitoring.request',
    'monitoring.cases',
    'contacts.read',
    'contacts.manage',
  ],
  ...gatherParts('visits', PARTS, {
    entities: { monitoring_rule: { zh: '防返贫监测规则', en: 'Monitoring rule' } },
    actions: {
      ...VISITS_GENERATOR_AUDIT,
      'visits.catalogue.seed': {
        zh: '生成默认监测标准与规则',
        en: 'Seed default monitoring thresholds and rules',
      },
    },
  }),
  onCountyImport: (db, who, countyCode) => seedVisitsCatalogues(db, who, countyCode),
});
