import type { ScopeProbe } from '../../../testing/scope-probe';

export const scopeProbes: ScopeProbe[] = [
  {
    param: 'talentId',
    foreignValues: async ({ regions, foreignAdmins }) => {
      const made = [];
      for (const [admin, village, i] of [
        [foreignAdmins.tiandong, regions.otherVillage.code, 0],
        [foreignAdmins.lingyun, regions.otherCountyVillage.code, 1],
      ] as const) {
        const res = await admin.post('/api/talents', {
          regionCode: village,
          name: `外区人才${i}`,
          category: 'craft',
        });
        if (res.statusCode !== 201) throw new Error(`probe talent: ${res.body}`);
        made.push(res.json() as { id: string; name: string });
      }
      return { values: made.map((t) => t.id), markers: made.flatMap((t) => [t.id, t.name]) };
    },
  },
];
