import { villagesUnder } from '../../../../testing/factories';
import type { ScopeProbe, ScopeWorld } from '../../../../testing/scope-probe';
import { makeHousehold } from '../../households/test-factories';
import { monitoringMeasures } from '../tables';

// Records of the cases part on the other side (凌云县), for the generic scope test
// (testing/scope.int.test.ts): a case started by 凌云's county admin, with a measure written
// straight into the table (the steps before approval are the village's).

let world: Promise<{ caseId: string; measureId: string }> | null = null;
const lingyunCase = (w: ScopeWorld) => {
  world ??= (async () => {
    const admin = w.foreignAdmins.lingyun;
    const [village] = await villagesUnder(w.services.database.db, w.regions.otherCounty);
    const household = await makeHousehold(admin, village.code);
    const res = await admin.post('/api/monitoring/cases', {
      householdId: household.id,
      riskTypes: ['illness'],
    });
    if (res.statusCode !== 201) throw new Error(`probe case: ${res.statusCode} ${res.body}`);
    const caseId = (res.json() as { id: string }).id;
    const measureId = crypto.randomUUID();
    await w.services.database.db.insert(monitoringMeasures).values({
      id: measureId,
      regionCode: village.code,
      caseId,
      kind: 'industry',
      description: '探针帮扶措施凌云',
      startedOn: '2026-01-01',
    });
    return { caseId, measureId };
  })();
  return world;
};

export const casesScopeProbes: ScopeProbe[] = [
  {
    param: 'caseId',
    foreignValues: async (w) => {
      const c = await lingyunCase(w);
      return { values: [c.caseId], markers: [c.caseId, '探针帮扶措施凌云'] };
    },
  },
  {
    param: 'measureId',
    foreignValues: async (w) => {
      const c = await lingyunCase(w);
      return { values: [c.measureId], markers: [c.measureId] };
    },
  },
];
