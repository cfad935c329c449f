import { defineModule, type HomeShortcut } from '../../platform/modules/manifest';
import { eventsAuditLabels } from './audit-labels';
import { eventsBoardRoutes } from './board-routes';
import { calendarRoutes } from './calendar-routes';
import { seedEventCatalogue } from './catalogue';
import { catalogueRoutes } from './catalogue-routes';
import { dispatchAttachments, eventAttachments } from './event-attachments';
import { eventsFigures } from './figures';
import { eventFlowRoutes } from './flow-routes';
import { eventsHomePending, eventsShortcuts } from './home-pending';
import { householdEvents } from './household-events';
import { open311KeyRoutes } from './open311/key-routes';
import { open311Routes } from './open311/routes';
import { reportRoutes } from './report-routes';
import { eventsRoutes } from './routes';
import { seedServiceCatalogue } from './service-catalogue';
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
  routes: [
    eventsRoutes,
    eventFlowRoutes,
    catalogueRoutes,
    open311KeyRoutes,
    open311Routes,
    calendarRoutes,
    eventsBoardRoutes,
    reportRoutes,
  ],
  figures: eventsFigures,
  tables,
  attachments: [eventAttachments, dispatchAttachments],
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
  home: {
    pending: eventsHomePending,
    shortcuts: [
      ...shortcuts,
      ...eventsShortcuts,
      {
        key: 'events.services',
        label: { zh: '便民服务', en: 'Village services' },
        path: '/services',
        permission: 'events.services',
        rank: { villager: 3, party_member: 4 },
      },
    ],
  },
  householdFile: {
    key: 'events',
    read: async (ctx, household) => ({ events: await householdEvents(ctx, household.id) }),
  },
  onCountyImport: async (db, who, countyCode) => {
    await seedEventCatalogue(db, who, countyCode);
    await seedServiceCatalogue(db, who, countyCode);
  },
});
