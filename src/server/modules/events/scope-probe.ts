import { and, eq } from 'drizzle-orm';
import type { Session } from '../../../testing/factories';
import type { ScopeProbe, ScopeWorld } from '../../../testing/scope-probe';
import { countyCodeOf } from '../../platform/scope';
import { catalogueScopeProbes } from './catalogue-scope-probe';
import { eventCategories } from './tables';

// Events on the other side: in a village of the other township and of the other county, a
// township-level report (村务、干部作风) accepted and dispatched by that county's admin, so there
// is an event and a dispatch to aim at.

type Made = { eventId: string; dispatchId: string; markers: string[] };

const expectOk = async (label: string, res: Promise<{ statusCode: number; body: string }>) => {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`probe ${label}: ${r.statusCode} ${r.body}`);
  return JSON.parse(r.body);
};

const eventIn = async (w: ScopeWorld, admin: Session, village: string, tag: string): Promise<Made> => {
  const [category] = await w.services.database.db
    .select({ id: eventCategories.id })
    .from(eventCategories)
    .where(and(eq(eventCategories.regionCode, countyCodeOf(village)), eq(eventCategories.code, 'E13')));
  const description = `探针事件${tag}：村务公开不及时`;
  const e = await expectOk(
    'event',
    admin.post('/api/events', { categoryId: category.id, description, regionCode: village }),
  );
  await expectOk('accept', admin.post(`/api/events/${e.id}/actions/accept`, {}));
  const sent = await expectOk(
    'dispatch',
    admin.post(`/api/events/${e.id}/actions/dispatch`, { departments: ['discipline'] }),
  );
  return {
    eventId: e.id,
    dispatchId: sent.dispatches[0].id,
    markers: [e.id, sent.dispatches[0].id, description],
  };
};

const made = new WeakMap<ScopeWorld, Promise<Made[]>>();
const madeOf = (w: ScopeWorld) => {
  if (!made.has(w))
    made.set(
      w,
      Promise.all([
        eventIn(w, w.foreignAdmins.tiandong, w.regions.otherVillage.code, 'A'),
        eventIn(w, w.foreignAdmins.lingyun, w.regions.otherCountyVillage.code, 'B'),
      ]),
    );
  return made.get(w)!;
};

export const scopeProbes: ScopeProbe[] = [
  {
    param: 'eventId',
    foreignValues: async (w) => {
      const all = await madeOf(w);
      return { values: all.map((m) => m.eventId), markers: all.flatMap((m) => m.markers) };
    },
  },
  {
    param: 'dispatchId',
    foreignValues: async (w) => ({ values: (await madeOf(w)).map((m) => m.dispatchId), markers: [] }),
  },
  // The step's name: one of each route's (the other answers 422).
  { param: 'action', foreignValues: async () => ({ values: ['accept', 'handle'], markers: [] }) },
  ...catalogueScopeProbes,
];
