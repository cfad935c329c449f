import { defineModule } from '../../platform/modules/manifest';
import { gatherParts } from '../../platform/modules/parts';
import { cadresPart } from './cadres/part';
import { campaignPart } from './campaign/part';
import { checklistPart } from './checklist/part';
import { criteriaPart } from './criteria/part';
import { flagsPart } from './flags/part';
import type { AssessmentPart } from './part';
import { reportsPart } from './reports/part';
import { seedAssessmentCatalogues } from './seed';
import * as tables from './tables';
import { weakPart } from './weak/part';

// 考核评价: star ratings of village party organizations, red flags, 十有五化, weak-organization
// rectification and cadre assessment (issue 13, docs/assessments.md). The module is made of
// parts, each declaring its routes, audit names, attachments and home items in its part.ts.

const PARTS: readonly AssessmentPart[] = [
  criteriaPart,
  campaignPart,
  flagsPart,
  checklistPart,
  weakPart,
  cadresPart,
  reportsPart,
];

export const assessmentsModule = defineModule({
  name: 'assessments',
  label: { zh: '考核评价', en: 'Assessments' },
  tables,
  permissions: [
    'assess.read',
    'assess.criteria',
    'assess.campaign',
    'assess.self',
    'assess.review',
    'assess.flags',
    'assess.checklist',
    'assess.weak',
    'assess.cadres',
  ],
  ...gatherParts('assessments', PARTS, {
    entities: { criteria_set: { zh: '星级评定标准', en: 'Star-rating criteria' } },
    actions: {
      'assessments.catalogue.seed': { zh: '生成默认考核评价目录', en: 'Seed default assessment catalogues' },
    },
  }),
  onCountyImport: (db, who, countyCode) => seedAssessmentCatalogues(db, who, countyCode),
});
