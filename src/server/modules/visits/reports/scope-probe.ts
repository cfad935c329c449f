import type { ScopeProbe } from '../../../../testing/scope-probe';
import { visitProblems, visitRecords } from '../tables';

// Records of the reports part on the other side, for the generic scope test
// (testing/scope.int.test.ts): a visit with a problem in a village of the other township and of
// 凌云县, whose description must never reach a prober through the report's records (regionCode
// query parameters are probed with the other side's codes by the test itself).

export const REPORTS_PROBE_MARKER = '报表探针：外乡镇走访问题';

export const reportsScopeProbes: ScopeProbe[] = [
  {
    param: 'regionCode',
    foreignValues: async ({ services, regions }) => {
      const db = services.database.db;
      for (const code of [regions.otherVillage.code, regions.otherCountyVillage.code]) {
        const visitId = crypto.randomUUID();
        const householdId = crypto.randomUUID();
        await db.insert(visitRecords).values({
          id: visitId,
          regionCode: code,
          householdId,
          visitorId: crypto.randomUUID(),
          visitorName: '探针走访人',
          visitedOn: new Date().toISOString().slice(0, 10),
          answers: {},
          problemCount: 1,
          solvedCount: 1,
        });
        await db.insert(visitProblems).values({
          id: crypto.randomUUID(),
          regionCode: code,
          visitId,
          householdId,
          question: 'Q03',
          description: REPORTS_PROBE_MARKER,
          outcome: 'solved',
          solution: '探针',
        });
      }
      return {
        values: [regions.otherVillage.code, regions.otherCountyVillage.code],
        markers: [REPORTS_PROBE_MARKER],
      };
    },
  },
];
