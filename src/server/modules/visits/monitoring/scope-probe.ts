import type { ScopeProbe, ScopeWorld } from '../../../../testing/scope-probe';
import { makeHousehold } from '../../households/test-factories';
import { monitoringSignals } from '../tables';

// Records of the monitoring part on the other side, for the generic scope test (testing/scope.int.test.ts):
// a threshold of the other county (凌云), set by its admin, and a signal of a household of the
// other township (田东). Rule codes (R1 …) are the same in every county and always mean the
// caller's own county's rule.

let made: Promise<{ thresholdId: string; signalId: string }> | undefined;

const foreign = (w: ScopeWorld) => {
  made ??= (async () => {
    const t = await w.foreignAdmins.lingyun.post('/api/monitoring/thresholds', {
      year: 2039,
      amountYuan: 9876,
    });
    if (t.statusCode !== 201) throw new Error(`probe thresholdId: ${t.body}`);
    const household = await makeHousehold(w.foreignAdmins.tiandong, w.regions.otherVillage.code, {}, {});
    const signalId = crypto.randomUUID();
    await w.services.database.db.insert(monitoringSignals).values({
      id: signalId,
      regionCode: household.regionCode,
      householdId: household.id,
      channel: 'rule',
      ruleCode: 'R9',
      ruleVersion: 1,
      reason: '外区风险线索',
    });
    return { thresholdId: (t.json() as { id: string }).id, signalId };
  })();
  return made;
};

export const monitoringScopeProbes: ScopeProbe[] = [
  {
    param: 'thresholdId',
    foreignValues: async (w) => {
      const { thresholdId } = await foreign(w);
      return { values: [thresholdId], markers: [thresholdId] };
    },
  },
  {
    param: 'signalId',
    foreignValues: async (w) => {
      const { signalId } = await foreign(w);
      return { values: [signalId], markers: [signalId, '外区风险线索'] };
    },
  },
  { param: 'code', foreignValues: async () => ({ values: ['R1'], markers: [] }) },
];
