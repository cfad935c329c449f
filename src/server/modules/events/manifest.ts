import { defineModule, type HomeShortcut } from '../../platform/modules/manifest';
import { eventsAuditLabels } from './audit-labels';
import { seedEventCatalogue } from './catalogue';
import { eventAttachments } from './event-attachments';
import { reportRoutes } from './report-routes';
import { eventsRoutes } from './routes';
import * as tables from './tables';

// 网格事件: villagers report, the village handles, the township blows the whistle (吹哨) and
// departments report for duty (报到), with time limits, escalation and public overdue boards
// (docs/events.md).

// 上报事件 is the first job of a villager's and a grid worker's home page (a phone, one tap).
const shortcuts: readonly HomeShortcut[] = [
  {
    key: 'events.report',
    label: { zh: '上报事件', en: 'Report a problem' },
    path: '/events-report',
    permission: 'events.report',
    rank: { villager: 0, grid_worker: 0 },
  },
  {
    key: 'events.mine',
    label: { zh: '我的上报', en: 'My reports' },
    path: '/events-mine',
    permission: 'events.report',
    rank: { villager: 0.5, grid_worker: 3.5, party_member: 2.5 },
  },
];

export const eventsModule = defineModule({
  name: 'events',
  label: { zh: '网格事件', en: 'Grid events' },
  audit: eventsAuditLabels,
  routes: [eventsRoutes, reportRoutes],
  tables,
  permissions: [
    'events.report',
    'events.read',
    'events.handle',
    'events.dispatch',
    'events.catalogue',
    'events.board',
    'events.services',
    'events.open311',
  ],
  attachments: [eventAttachments],
  home: { shortcuts },
  onCountyImport: async (db, who, countyCode) => {
    await seedEventCatalogue(db, who, countyCode);
  },
});
