import type { ScopeProbe, ScopeWorld } from '../../../../testing/scope-probe';

// Records of the weak part on the other side, for the generic scope test (testing/scope.int.test.ts):
// a rectification in a village of 凌云, planned with one measure, and 凌云's catalogue rows.

const year = new Date().getUTCFullYear();

const lingyunRecord = async ({ foreignAdmins, regions }: ScopeWorld) => {
  const s = foreignAdmins.lingyun;
  const res = await s.post('/api/assess/weak', {
    regionCode: regions.otherCountyVillage.code,
    year,
    source: 'nominated',
    situations: ['W02'],
    findings: '探针凌云整顿记录',
  });
  if (res.statusCode !== 201 && res.statusCode !== 409)
    throw new Error(`probe weakId: ${res.statusCode} ${res.body}`);
  const list = JSON.parse((await s.get(`/api/assess/weak?year=${year}`)).body) as {
    items: { id: string; status: string }[];
  };
  const w = list.items[0];
  if (w.status === 'identified') {
    await s.post(`/api/assess/weak/${w.id}/actions/assign`, { leaderName: '探针领导', leaderPost: '副县长' });
    await s.post(`/api/assess/weak/${w.id}/actions/plan`, {
      measures: [{ text: '探针凌云措施', ownerName: '探针责任人', deadline: `${year + 1}-01-31` }],
    });
  }
  return JSON.parse((await s.get(`/api/assess/weak/${w.id}`)).body) as {
    id: string;
    measures: { id: string }[];
  };
};

const catalogues = async ({ foreignAdmins }: ScopeWorld) =>
  JSON.parse((await foreignAdmins.lingyun.get('/api/assess/weak/catalogues')).body) as {
    situations: { id: string; name: string }[];
    templates: { id: string; name: string }[];
  };

export const weakScopeProbes: ScopeProbe[] = [
  {
    param: 'weakId',
    foreignValues: async (world) => {
      const w = await lingyunRecord(world);
      return { values: [w.id], markers: [w.id, '探针凌云整顿记录'] };
    },
  },
  {
    param: 'measureId',
    foreignValues: async (world) => {
      const w = await lingyunRecord(world);
      return { values: w.measures.map((m) => m.id), markers: ['探针凌云措施'] };
    },
  },
  {
    param: 'situationId',
    foreignValues: async (world) => {
      const c = await catalogues(world);
      return { values: [c.situations[0].id], markers: [c.situations[0].id] };
    },
  },
  {
    param: 'templateId',
    foreignValues: async (world) => {
      const c = await catalogues(world);
      return { values: [c.templates[0].id], markers: [c.templates[0].id] };
    },
  },
];
