import type { ScopeProbe, ScopeWorld } from '../../../../testing/scope-probe';

// Records of the flags part on the other side (凌云), for the generic scope test
// (testing/scope.int.test.ts): a flag kind of its own and a township nominated by its admin.

const made = async (label: string, res: Promise<{ statusCode: number; body: string }>) => {
  const r = await res;
  if (r.statusCode !== 201) throw new Error(`probe ${label}: ${r.statusCode} ${r.body}`);
  return JSON.parse(r.body) as { id: string };
};

let world: Promise<{ kindId: string; awardId: string }> | null = null;
const lingyunFlags = (w: ScopeWorld) => {
  world ??= (async () => {
    const admin = w.foreignAdmins.lingyun;
    const kind = await made(
      'flag kind',
      admin.post('/api/assess/flag-kinds', { code: 'PT1', name: '探针红旗凌云', level: 'township' }),
    );
    const award = await made(
      'flag award',
      admin.post('/api/assess/flags', {
        kindId: kind.id,
        year: 2026,
        regionCode: w.regions.otherCountyTownship.code,
        reason: '探针事迹凌云',
      }),
    );
    return { kindId: kind.id, awardId: award.id };
  })();
  return world;
};

export const flagsScopeProbes: ScopeProbe[] = [
  {
    param: 'kindId',
    foreignValues: async (w) => {
      const f = await lingyunFlags(w);
      return { values: [f.kindId], markers: [f.kindId, '探针红旗凌云'] };
    },
  },
  {
    param: 'awardId',
    foreignValues: async (w) => {
      const f = await lingyunFlags(w);
      return { values: [f.awardId], markers: [f.awardId, '探针事迹凌云'] };
    },
  },
];
