import type { EconomyPart } from '../part';
import { activityAttachments } from './activity-attachments';
import { allianceRoutes } from './alliance-routes';
import { pairingRoutes } from './routes';

// The pairings part of the economy module: strong-helps-weak pairings with their activities, industry alliances (docs/economy.md §5).
// It declares its routes, audit names, attachments, home items, figures and 一户一档 fields here;
// ../manifest.ts gathers them.

export const pairingsPart: EconomyPart = {
  name: 'pairings',
  routes: [pairingRoutes, allianceRoutes],
  audit: {
    entities: {
      economy_pairing: { zh: '强村带弱村结对', en: 'Strong-helps-weak pairing' },
      // Also the record kind of the activity's photos (the platform's attachment audit rows).
      economy_activity: { zh: '帮带活动', en: 'Pairing activity' },
      economy_alliance: { zh: '产业联盟', en: 'Industry alliance' },
    },
    actions: {
      'economy.pairing.create': { zh: '新增结对', en: 'Add pairing' },
      'economy.pairing.update': { zh: '修改结对', en: 'Edit pairing' },
      'economy.pairing.end': { zh: '结束结对', en: 'End pairing' },
      'economy.pairing.delete': { zh: '删除结对', en: 'Delete pairing' },
      'economy.pairing.restore': { zh: '恢复结对', en: 'Restore pairing' },
      'economy.pairing_activity.create': { zh: '记录帮带活动', en: 'Record pairing activity' },
      'economy.pairing_activity.delete': { zh: '删除帮带活动', en: 'Delete pairing activity' },
      'economy.alliance.create': { zh: '新增产业联盟', en: 'Add alliance' },
      'economy.alliance.update': { zh: '修改产业联盟', en: 'Edit alliance' },
      'economy.alliance.delete': { zh: '删除产业联盟', en: 'Delete alliance' },
      'economy.alliance.restore': { zh: '恢复产业联盟', en: 'Restore alliance' },
      'economy.alliance.member_add': { zh: '添加联盟成员村', en: 'Add alliance member' },
      'economy.alliance.member_lead': { zh: '设置联盟牵头村', en: 'Set alliance lead village' },
      'economy.alliance.member_remove': { zh: '移除联盟成员村', en: 'Remove alliance member' },
    },
  },
  attachments: [activityAttachments],
};
