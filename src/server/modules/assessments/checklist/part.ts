import type { AssessmentPart } from '../part';
import { checklistEntryAttachments } from './entry-attachments';
import { checklistRoutes } from './routes';

// The checklist part of assessments (十有五化, docs/assessments.md §4): its routes, audit names and
// the evidence attached to entries, gathered by ../manifest.ts.

export const checklistPart: AssessmentPart = {
  name: 'checklist',
  routes: [checklistRoutes],
  audit: {
    entities: {
      checklist_item: { zh: '十有五化项目', en: 'Checklist item' },
      checklist_entry: { zh: '村十有五化', en: 'Village checklist entry' },
    },
    actions: {
      'assessments.checklist.item.create': { zh: '新增十有五化项目', en: 'Add checklist item' },
      'assessments.checklist.item.update': { zh: '修改十有五化项目', en: 'Edit checklist item' },
      'assessments.checklist.entry.update': { zh: '填写十有五化', en: 'Fill checklist entry' },
      'assessments.checklist.refresh': {
        zh: '刷新十有五化自动判定项',
        en: 'Refresh record-answered checklist items',
      },
      'assessments.checklist.export': { zh: '导出十有五化完成情况', en: 'Export checklist summary' },
    },
  },
  attachments: [checklistEntryAttachments],
};
