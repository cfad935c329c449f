import type { Session } from '../../../testing/factories';
import { insertPerson } from '../../../testing/people';
import type { ScopeProbe, ScopeWorld } from '../../../testing/scope-probe';

const ok = async (res: Promise<{ statusCode: number; body: string; json: () => unknown }>) => {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`probe: ${r.body}`);
  return r.json() as { id: string; name: string; members: { id: string; name: string }[] };
};

const sides = (w: ScopeWorld): [Session, string][] => [
  [w.foreignAdmins.tiandong, w.regions.otherVillage.code],
  [w.foreignAdmins.lingyun, w.regions.otherCountyVillage.code],
];

const teams = new WeakMap<
  ScopeWorld,
  Promise<{ id: string; name: string; members: { id: string; name: string }[] }[]>
>();
const teamsOf = (w: ScopeWorld) => {
  if (!teams.has(w)) {
    teams.set(
      w,
      Promise.all(
        sides(w).map(async ([admin, village], i) => {
          const team = await ok(
            admin.post('/api/work-teams', {
              regionCode: village,
              name: `外区工作队${i}`,
              sendingUnit: `外区单位${i}`,
              sendingLevel: 'county',
            }),
          );
          return ok(
            admin.post(`/api/work-teams/${team.id}/members`, {
              name: `外区队员${i}`,
              role: 'leader',
              phone: '13900002222',
            }),
          );
        }),
      ),
    );
  }
  return teams.get(w)!;
};

export const scopeProbes: ScopeProbe[] = [
  {
    param: 'cadreId',
    foreignValues: async (w) => {
      const cadres = await Promise.all(
        sides(w).map(async ([admin, village], i) => {
          const person = await insertPerson(w.services, { regionCode: village, name: `外区干部${i}` });
          return ok(
            admin.post('/api/cadres', { personId: person.id, posts: [{ body: 'party', post: 'secretary' }] }),
          );
        }),
      );
      return { values: cadres.map((c) => c.id), markers: cadres.flatMap((c) => [c.id, c.name]) };
    },
  },
  {
    param: 'teamId',
    foreignValues: async (w) => {
      const list = await teamsOf(w);
      return { values: list.map((t) => t.id), markers: list.flatMap((t) => [t.id, t.name]) };
    },
  },
  {
    param: 'memberId',
    foreignValues: async (w) => {
      const members = (await teamsOf(w)).flatMap((t) => t.members);
      return { values: members.map((m) => m.id), markers: members.flatMap((m) => [m.id, m.name]) };
    },
  },
];
