import type { ScopeProbe, ScopeWorld } from '../../../../testing/scope-probe';
import { boundaryFixture } from './boundary-fixture';

// Maps on the other side, for the generic scope test (testing/scope.int.test.ts): 凌云县's map of
// its townships and the other township's map of its villages, each uploaded by its county admin.

export const mapsScopeProbes: ScopeProbe[] = [
  {
    param: 'regionCode',
    foreignValues: async ({ services, foreignAdmins, regions }: ScopeWorld) => {
      const sides = [
        [foreignAdmins.lingyun, regions.otherCounty],
        [foreignAdmins.tiandong, regions.otherTownship.code],
      ] as const;
      for (const [admin, regionCode] of sides) {
        const { collection } = await boundaryFixture(services.database.db, regionCode);
        const res = await admin.request('PUT', `/api/figures/boundaries/${regionCode}`, collection);
        if (res.statusCode !== 200) throw new Error(`probe boundaries: ${res.statusCode} ${res.body}`);
      }
      return { values: sides.map(([, code]) => code), markers: [] };
    },
  },
];
