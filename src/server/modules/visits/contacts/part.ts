import type { VisitsPart } from '../part';
import { contactRoutes } from './contact-routes';
import { stepRoutes } from './step-routes';
import { tourRoutes } from './tour-routes';

// The contacts part of the visits module: leaders' contact duties: 十联六常, 十步法 and 书记拉练 (docs/visits.md §5).
// ../manifest.ts gathers it.

export const contactsPart: VisitsPart = {
  name: 'contacts',
  routes: [contactRoutes, stepRoutes, tourRoutes],
  audit: {
    entities: {
      leader_contact: { zh: '县领导联系对象（十联）', en: 'Leader contact' },
      leader_contact_log: { zh: '联系记录（六常）', en: 'Contact log' },
      ten_step: { zh: '驻村十步法', en: 'Ten-step progress' },
      secretary_tour: { zh: '书记拉练', en: 'Secretary field tour' },
    },
    actions: {
      'contacts.leader_contact.create': { zh: '新增十联对象', en: 'Add leader contact' },
      'contacts.leader_contact.update': { zh: '修改十联对象', en: 'Edit leader contact' },
      'contacts.leader_contact.delete': { zh: '删除十联对象', en: 'Delete leader contact' },
      'contacts.leader_contact.restore': { zh: '恢复十联对象', en: 'Restore leader contact' },
      'contacts.leaders.export': { zh: '导出十联六常台账', en: 'Export leaders’ contacts' },
      'contacts.contact_log.create': { zh: '记录联系（六常）', en: 'Log a contact' },
      'contacts.contact_log.delete': { zh: '删除联系记录', en: 'Delete contact log' },
      'contacts.ten_step.create': { zh: '记录十步法步骤', en: 'Record a ten-step step' },
      'contacts.ten_step.update': { zh: '更正十步法步骤', en: 'Correct a ten-step step' },
      'contacts.ten_step.delete': { zh: '撤销十步法步骤', en: 'Undo a ten-step step' },
      'contacts.ten_step.restore': { zh: '恢复十步法步骤', en: 'Restore a ten-step step' },
      'contacts.tour.create': { zh: '记录书记拉练', en: 'Record a field tour' },
      'contacts.tour.update': { zh: '修改书记拉练', en: 'Edit a field tour' },
      'contacts.tour.delete': { zh: '删除书记拉练', en: 'Delete a field tour' },
      'contacts.tour.restore': { zh: '恢复书记拉练', en: 'Restore a field tour' },
    },
  },
};
