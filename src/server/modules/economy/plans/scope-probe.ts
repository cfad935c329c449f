import type { ScopeProbe, ScopeWorld } from '../../../../testing/scope-probe';

// Records of the plans part on the other side (凌云县), for the generic scope test
// (testing/scope.int.test.ts): one probe per route parameter this part's routes take.

const lingyunTarget = async ({ foreignAdmins }: ScopeWorld) => {
  const res = await foreignAdmins.lingyun.post('/api/economy/targets', {
    name: '探针凌云目标',
    byYear: 2030,
    everyMinFen: 100,
    shareMinFen: null,
    sharePercent: null,
  });
  if (res.statusCode !== 201) throw new Error(`probe targetId: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string };
};

const lingyunPlan = async ({ foreignAdmins, regions }: ScopeWorld) => {
  const res = await foreignAdmins.lingyun.post('/api/economy/plans', {
    regionCode: regions.otherCountyVillage.code,
    title: '探针凌云方案',
    startYear: 2030,
    endYear: 2031,
    measures: '探针凌云措施',
    targets: [],
  });
  if (res.statusCode !== 201) throw new Error(`probe planId: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string };
};

export const plansScopeProbes: ScopeProbe[] = [
  {
    param: 'targetId',
    foreignValues: async (world) => {
      const t = await lingyunTarget(world);
      return { values: [t.id], markers: [t.id, '探针凌云目标'] };
    },
  },
  {
    param: 'planId',
    foreignValues: async (world) => {
      const p = await lingyunPlan(world);
      return { values: [p.id], markers: [p.id, '探针凌云方案'] };
    },
  },
];
