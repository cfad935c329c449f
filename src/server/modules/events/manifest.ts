import { defineModule } from '../../platform/modules/manifest';
import { eventsAuditLabels } from './audit-labels';
import { eventsBoardRoutes } from './board-routes';
import { seedEventCatalogue } from './catalogue';
import { eventsFigures } from './figures';
import { eventsRoutes } from './routes';
import * as tables from './tables';

// 网格事件: villagers report, the village handles, the township blows the whistle (吹哨) and
// departments report for duty (报到), with time limits, escalation and public overdue boards
// (docs/events.md).

export const eventsModule = defineModule({
  name: 'events',
  label: { zh: '网格事件', en: 'Grid events' },
  audit: eventsAuditLabels,
  routes: [eventsRoutes, eventsBoardRoutes],
  figures: eventsFigures,
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
  onCountyImport: async (db, who, countyCode) => {
    await seedEventCatalogue(db, who, countyCode);
  },
});
