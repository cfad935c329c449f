import { villagesUnder } from '../../../../testing/factories';
import type { ScopeProbe, ScopeWorld } from '../../../../testing/scope-probe';

// Records of the pairings part on the other side (凌云县), for the generic scope test
// (testing/scope.int.test.ts): a pairing of two 凌云 villages with an activity, and an alliance
// with a member village, all made by 凌云's county admin.

const made = async (label: string, res: Promise<{ statusCode: number; body: string }>) => {
  const r = await res;
  if (r.statusCode !== 201) throw new Error(`probe ${label}: ${r.statusCode} ${r.body}`);
  return JSON.parse(r.body) as { id: string };
};

let world: Promise<{ pairingId: string; activityId: string; allianceId: string }> | null = null;
const lingyunPairings = (w: ScopeWorld) => {
  world ??= (async () => {
    const admin = w.foreignAdmins.lingyun;
    const [weak, strong] = await villagesUnder(w.services.database.db, w.regions.otherCounty);
    const pairing = await made(
      'pairing',
      admin.post('/api/economy/pairings', {
        regionCode: weak.code,
        strongCode: strong.code,
        startYear: 2024,
        agreement: '探针结对协议凌云',
      }),
    );
    const activity = await made(
      'activity',
      admin.post(`/api/economy/pairings/${pairing.id}/activities`, {
        happenedOn: '2024-05-01',
        title: '探针帮带活动凌云',
      }),
    );
    const alliance = await made(
      'alliance',
      admin.post('/api/economy/alliances', { name: '探针产业联盟凌云', industry: '砂糖橘' }),
    );
    const member = await admin.post(`/api/economy/alliances/${alliance.id}/members`, {
      regionCode: weak.code,
      lead: true,
    });
    if (member.statusCode !== 200)
      throw new Error(`probe alliance member: ${member.statusCode} ${member.body}`);
    return { pairingId: pairing.id, activityId: activity.id, allianceId: alliance.id };
  })();
  return world;
};

export const pairingsScopeProbes: ScopeProbe[] = [
  {
    param: 'pairingId',
    foreignValues: async (w) => {
      const p = await lingyunPairings(w);
      return { values: [p.pairingId], markers: [p.pairingId, '探针结对协议凌云'] };
    },
  },
  {
    param: 'activityId',
    foreignValues: async (w) => {
      const p = await lingyunPairings(w);
      return { values: [p.activityId], markers: [p.activityId, '探针帮带活动凌云'] };
    },
  },
  {
    param: 'allianceId',
    foreignValues: async (w) => {
      const p = await lingyunPairings(w);
      return { values: [p.allianceId], markers: [p.allianceId, '探针产业联盟凌云'] };
    },
  },
];
