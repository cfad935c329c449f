import type { ScopeProbe } from '../../../testing/scope-probe';

export const scopeProbes: ScopeProbe[] = [
  {
    param: 'code',
    foreignValues: async ({ regions, foreignAdmins }) => {
      const group = await foreignAdmins.tiandong.post(`/api/regions/${regions.otherVillage.code}/groups`, {
        name: '探针组',
      });
      if (group.statusCode !== 201) throw new Error(`probe group: ${group.body}`);
      return {
        values: [
          regions.otherTownship.code,
          regions.otherVillage.code,
          group.json().code,
          regions.otherCounty,
          regions.otherCountyVillage.code,
        ],
        markers: [group.json().code],
      };
    },
  },
];
