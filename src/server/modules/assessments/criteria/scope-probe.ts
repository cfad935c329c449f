import type { ScopeProbe, ScopeWorld } from '../../../../testing/scope-probe';

// Records of the criteria part on the other side (凌云), for the generic scope test
// (testing/scope.int.test.ts): a draft set of its own with one indicator, named so nothing else is.

interface CriteriaWorld {
  setId: string;
  indicatorId: string;
  markers: string[];
}

const created = async (label: string, res: Promise<{ statusCode: number; body: string }>) => {
  const r = await res;
  if (r.statusCode !== 201) throw new Error(`probe ${label}: ${r.statusCode} ${r.body}`);
  return JSON.parse(r.body) as { id: string };
};

let world: Promise<CriteriaWorld> | null = null;
const lingyunSet = (w: ScopeWorld) => {
  world ??= (async () => {
    const admin = w.foreignAdmins.lingyun;
    const set = await created(
      'set',
      admin.post('/api/assess/criteria', { year: 2031, name: '探针标准凌云' }),
    );
    const indicator = await created(
      'indicator',
      admin.post(`/api/assess/criteria/${set.id}/indicators`, {
        code: 'P1',
        area: 'A',
        name: '探针指标凌云',
        method: 'yesno',
        maxPoints: 5,
      }),
    );
    return {
      setId: set.id,
      indicatorId: indicator.id,
      markers: [set.id, indicator.id, '探针标准凌云', '探针指标凌云'],
    };
  })();
  return world;
};

export const criteriaScopeProbes: ScopeProbe[] = [
  {
    param: 'setId',
    foreignValues: async (w) => {
      const s = await lingyunSet(w);
      return { values: [s.setId], markers: s.markers };
    },
  },
  {
    param: 'indicatorId',
    foreignValues: async (w) => ({ values: [(await lingyunSet(w)).indicatorId], markers: [] }),
  },
];
