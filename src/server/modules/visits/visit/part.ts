import type { VisitsPart } from '../part';
import { householdVisits } from './household-file';
import { visitRoutes } from './routes';

// The visit part of the visits module: 十问十清 household visits: the phone form pre-filled from the records, corrections written to the household and person records with before/after, problems solved on the spot or passed on as grid events, 一户一档 (docs/visits.md §1).
// ../manifest.ts gathers it.

export const visitPart: VisitsPart = {
  name: 'visit',
  routes: [visitRoutes],
  audit: {
    entities: {
      visit_record: { zh: '入户走访记录', en: 'Household visit' },
      // A visit's corrections are written through the households module's use cases, which audit
      // them as its own records; named here as well because the visit lists them (VisitChange).
      household: { zh: '农户', en: 'Household' },
      person: { zh: '人员', en: 'Person' },
    },
    actions: {
      'visits.visit.create': { zh: '记录入户走访（十问十清）', en: 'Record household visit' },
      'visits.visit.export': { zh: '导出入户走访记录', en: 'Export household visits' },
    },
  },
  shortcuts: [
    {
      key: 'visits.record',
      label: { zh: '走访农户', en: 'Visit a household' },
      path: '/visits/new',
      permission: 'visits.record',
      rank: { grid_worker: 2, village: 3 },
    },
  ],
  householdFile: async (ctx, household) => ({ visits: await householdVisits(ctx, household) }),
};
