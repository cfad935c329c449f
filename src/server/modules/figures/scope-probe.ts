import { loginAs, makeUser } from '../../../testing/factories';
import type { ScopeProbe, ScopeWorld } from '../../../testing/scope-probe';
import { mapsScopeProbes } from './maps/scope-probe';

// One-sheet reports on the other side (凌云县, and the other township of 田东), for the generic
// scope test (testing/scope.int.test.ts). A county's report is seen by its townships, so the
// other side here is another county's and another township's.

const report = async (session: Awaited<ReturnType<typeof loginAs>>, name: string) => {
  const res = await session.post('/api/figures/reports', {
    name,
    rowLevel: 'village',
    keys: ['households.count'],
  });
  if (res.statusCode !== 201) throw new Error(`probe reportId: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
};

export const scopeProbes: ScopeProbe[] = [
  {
    param: 'reportId',
    foreignValues: async ({ app, services, foreignAdmins, regions }: ScopeWorld) => {
      const township = await makeUser(services, { role: 'township', regionCode: regions.otherTownship.code });
      const other = await loginAs(app, township.username);
      return {
        values: [await report(foreignAdmins.lingyun, '探针凌云报表'), await report(other, '探针外镇报表')],
        markers: ['探针凌云报表', '探针外镇报表'],
      };
    },
  },
  ...mapsScopeProbes,
];
