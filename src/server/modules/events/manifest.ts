import { defineModule } from '../../platform/modules/manifest';
import { eventsAuditLabels } from './audit-labels';
import { seedEventCatalogue } from './catalogue';
import { catalogueRoutes } from './catalogue-routes';
import { dispatchAttachments, eventAttachments } from './event-attachments';
import { eventFlowRoutes } from './flow-routes';
import { eventsHomePending, eventsShortcuts } from './home-pending';
import { householdEvents } from './household-events';
import { eventsRoutes } from './routes';
import { seedServiceCatalogue } from './service-catalogue';
import * as tables from './tables';

// 网格事件: villagers report, the village handles, the township blows the whistle (吹哨) and
// departments report for duty (报到), with time limits, escalation and public overdue boards
// (docs/events.md).

export const eventsModule = defineModule({
  name: 'events',
  label: { zh: '网格事件', en: 'Grid events' },
  audit: eventsAuditLabels,
  routes: [eventsRoutes, eventFlowRoutes, catalogueRoutes],
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
