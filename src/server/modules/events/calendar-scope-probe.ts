import type { ScopeProbe } from '../../../testing/scope-probe';

// Grid events on the other side, for the generic scope test: a calendar day of the other county
// (凌云), added by its own administrator.

export const calendarScopeProbes: ScopeProbe[] = [
  {
    param: 'calendarDayId',
    foreignValues: async ({ foreignAdmins }) => {
      const res = await foreignAdmins.lingyun.post('/api/events/calendar', {
        day: '2026-04-20',
        kind: 'holiday',
        name: '探针节日凌云',
      });
      if (res.statusCode !== 201) throw new Error(`probe calendarDayId: ${res.statusCode} ${res.body}`);
      const day = JSON.parse(res.body) as { id: string };
      return { values: [day.id], markers: [day.id, '探针节日凌云'] };
    },
  },
];
