import type { Session } from '../../../testing/factories';
import type { ScopeProbe, ScopeWorld } from '../../../testing/scope-probe';

type Made = { id: string; name: string; code: string };

const ok = async <T>(res: Promise<{ statusCode: number; body: string; json: () => unknown }>) => {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`probe: ${r.body}`);
  return r.json() as T;
};

/** A big, a middle and a small grid with a worker in a village of the other side. */
const gridsOn = async (admin: Session, village: string, i: number) => {
  const big = await ok<Made>(
    admin.post('/api/grids', { tier: 'big', regionCode: village, name: `外区大网格${i}` }),
  );
  const middle = await ok<Made>(
    admin.post('/api/grids', { tier: 'middle', parentId: big.id, name: `外区寨管委${i}` }),
  );
  const small = await ok<Made>(
    admin.post('/api/grids', { tier: 'small', parentId: middle.id, name: `外区十联户${i}` }),
  );
  const worker = await ok<{ id: string; name: string }>(
    admin.post(`/api/grids/${small.id}/workers`, { name: `外区网格员${i}`, phone: '13900003333' }),
  );
  return { grids: [big, middle, small], worker };
};

const made = new WeakMap<ScopeWorld, ReturnType<typeof build>>();
const build = (w: ScopeWorld) =>
  Promise.all([
    gridsOn(w.foreignAdmins.tiandong, w.regions.otherVillage.code, 0),
    gridsOn(w.foreignAdmins.lingyun, w.regions.otherCountyVillage.code, 1),
  ]);
const madeOf = (w: ScopeWorld) => {
  if (!made.has(w)) made.set(w, build(w));
  return made.get(w)!;
};

export const scopeProbes: ScopeProbe[] = [
  {
    param: 'gridId',
    foreignValues: async (w) => {
      const all = (await madeOf(w)).flatMap((s) => s.grids);
      return { values: all.map((g) => g.id), markers: all.flatMap((g) => [g.id, g.name, g.code]) };
    },
  },
  {
    param: 'workerId',
    foreignValues: async (w) => {
      const workers = (await madeOf(w)).map((s) => s.worker);
      return { values: workers.map((x) => x.id), markers: workers.flatMap((x) => [x.id, x.name]) };
    },
  },
];
