import type { ScopeProbe } from '../../../../testing/scope-probe';

// Records of the campaign part on the other side, for the generic scope test
// (testing/scope.int.test.ts): a campaign of the other county (凌云) opened by its administrator,
// one of its ratings, an objection lodged on it through the public route, and one of its villages.

interface Made {
  campaignId: string;
  ratingId: string;
  regionCode: string;
}

let made: Promise<Made> | null = null;

const world = (w: Parameters<ScopeProbe['foreignValues']>[0]): Promise<Made> => {
  made ??= (async () => {
    const admin = w.foreignAdmins.lingyun;
    const sets = await admin.get('/api/assess/criteria?status=published');
    let setId: string | undefined = sets.statusCode === 200 ? sets.json().items?.[0]?.id : undefined;
    if (!setId) {
      const { criteriaSets } = await import('../tables');
      const { and, eq } = await import('drizzle-orm');
      const [row] = await w.services.database.db
        .select({ id: criteriaSets.id })
        .from(criteriaSets)
        .where(and(eq(criteriaSets.regionCode, w.regions.otherCounty), eq(criteriaSets.status, 'published')));
      setId = row?.id;
    }
    const res = await admin.post('/api/assess/campaigns', { year: 2031, setId });
    if (res.statusCode !== 201) throw new Error(`probe campaignId: ${res.statusCode} ${res.body}`);
    const campaignId = res.json().campaign.id as string;
    const list = await admin.get(`/api/assess/campaigns/${campaignId}/ratings?pageSize=1`);
    const rating = list.json().items[0] as { id: string; regionCode: string };
    return { campaignId, ratingId: rating.id, regionCode: rating.regionCode };
  })();
  return made;
};

export const campaignScopeProbes: ScopeProbe[] = [
  // An indicator's code is the same in every county's set: the rating id carries the scope.
  { param: 'indicatorCode', foreignValues: async () => ({ values: ['A1'], markers: [] }) },
  {
    param: 'campaignId',
    foreignValues: async (w) => {
      const m = await world(w);
      return { values: [m.campaignId], markers: [m.campaignId] };
    },
  },
  {
    param: 'ratingId',
    foreignValues: async (w) => {
      const m = await world(w);
      return { values: [m.ratingId], markers: [m.ratingId] };
    },
  },
  {
    param: 'regionCode',
    foreignValues: async (w) => ({
      values: [w.regions.otherVillage.code, w.regions.otherCountyVillage.code],
      markers: [],
    }),
  },
  {
    param: 'objectionId',
    foreignValues: async (w) => {
      const m = await world(w);
      const { ratingObjections } = await import('../tables');
      const { randomUUID } = await import('node:crypto');
      const id = randomUUID();
      await w.services.database.db.insert(ratingObjections).values({
        id,
        campaignId: m.campaignId,
        ratingId: m.ratingId,
        regionCode: m.regionCode,
        text: '探针异议凌云村',
      });
      return { values: [id], markers: [id, '探针异议凌云村'] };
    },
  },
];
