import type { ScopeProbe } from '../../../../testing/scope-probe';

// Records of the views part on the other side, for the generic scope test
// (testing/scope.int.test.ts): /api/economy/villages/:regionCode with villages of the other
// township and of 凌云县 (no account of theirs may appear).

export const viewsScopeProbes: ScopeProbe[] = [
  {
    param: 'regionCode',
    foreignValues: async ({ regions }) => ({
      values: [regions.otherVillage.code, regions.otherCountyVillage.code],
      markers: [],
    }),
  },
];
