import type { ScopeProbe, ScopeWorld } from '../../../testing/scope-probe';

// Events on the other side: a report filed in the other township's village and in the other
// county's village (as their county admins), for every route with an `eventId`.

const expectStatus = async (
  label: string,
  res: Promise<{ statusCode: number; body: string }>,
  status: number,
) => {
  const r = await res;
  if (r.statusCode !== status) throw new Error(`probe ${label}: ${r.statusCode} ${r.body}`);
  return JSON.parse(r.body);
};

const reportIn = async (admin: ScopeWorld['foreignAdmins']['tiandong'], village: string, tag: string) => {
  const ctx = await expectStatus('context', admin.get('/api/events/report-context'), 200);
  const e14 = ctx.categories.find((c: { code: string }) => c.code === 'E14');
  const e = await expectStatus(
    'event',
    admin.post('/api/events', { categoryId: e14.id, regionCode: village, description: `探针事件${tag}内容` }),
    201,
  );
  return { id: e.id as string, markers: [e.id as string, `探针事件${tag}内容`] };
};

let events: Promise<{ id: string; markers: string[] }[]> | null = null;

export const scopeProbes: ScopeProbe[] = [
  {
    param: 'eventId',
    foreignValues: async (w) => {
      events ??= Promise.all([
        reportIn(w.foreignAdmins.tiandong, w.regions.otherVillage.code, 'A'),
        reportIn(w.foreignAdmins.lingyun, w.regions.otherCountyVillage.code, 'B'),
      ]);
      const all = await events;
      return { values: all.map((e) => e.id), markers: all.flatMap((e) => e.markers) };
    },
  },
];
