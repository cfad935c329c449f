import { and, eq } from 'drizzle-orm';
import type { ScopeProbe } from '../../../../testing/scope-probe';
import { newId } from '../../../platform/auth/session';
import { criteriaSets, ratingCampaigns } from '../tables';

// Records of the reports part on the other side, for the generic scope test (testing/scope.int.test.ts):
// a campaign of the other county (凌云) for the printable 公示 (/api/assess/reports/notice/:campaignId).

export const reportsScopeProbes: ScopeProbe[] = [
  {
    param: 'campaignId',
    foreignValues: async ({ services, regions }) => {
      const db = services.database.db;
      const [set] = await db
        .select({ id: criteriaSets.id })
        .from(criteriaSets)
        .where(and(eq(criteriaSets.regionCode, regions.otherCounty), eq(criteriaSets.status, 'published')))
        .limit(1);
      const id = newId();
      const name = '探针星级评定凌云';
      await db.insert(ratingCampaigns).values({
        id,
        regionCode: regions.otherCounty,
        year: 2001,
        name,
        setId: set.id,
        status: 'notice',
      });
      return { values: [id], markers: [id, name] };
    },
  },
];
