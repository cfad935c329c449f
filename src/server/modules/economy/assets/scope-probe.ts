import type { ScopeProbe, ScopeWorld } from '../../../../testing/scope-probe';
import { makeHousehold } from '../../households/test-factories';

// Records of the assets part on the other side (凌云县), for the generic scope test
// (testing/scope.int.test.ts): an asset, an enterprise and a household's benefit made by 凌云's admin.

const made = async (label: string, res: Promise<{ statusCode: number; body: string }>) => {
  const r = await res;
  if (r.statusCode !== 201) throw new Error(`probe ${label}: ${r.statusCode} ${r.body}`);
  return JSON.parse(r.body) as { id: string };
};

let world: Promise<{ assetId: string; entityId: string; benefitId: string }> | null = null;
const lingyunAssets = (w: ScopeWorld) => {
  world ??= (async () => {
    const admin = w.foreignAdmins.lingyun;
    const village = w.regions.otherCountyVillage.code;
    const asset = await made(
      'asset',
      admin.post('/api/economy/assets', {
        regionCode: village,
        name: '探针资产凌云',
        kind: 'building',
        state: 'idle',
        idleSince: '2021-01-01',
      }),
    );
    const entity = await made(
      'entity',
      admin.post('/api/economy/entities', {
        regionCode: village,
        name: '探针合作社凌云',
        kind: 'cooperative',
        model: ['branch', 'cooperative', 'farmers'],
      }),
    );
    const household = await makeHousehold(admin, village, { name: '探针受益户凌云' });
    const benefit = await made(
      'benefit',
      admin.post('/api/economy/benefits', {
        householdId: household.id,
        entityId: entity.id,
        year: 2025,
        kind: 'dividend',
        amountFen: 123_400,
        note: '探针分红凌云',
      }),
    );
    return { assetId: asset.id, entityId: entity.id, benefitId: benefit.id };
  })();
  return world;
};

export const assetsScopeProbes: ScopeProbe[] = [
  {
    param: 'assetId',
    foreignValues: async (w) => {
      const r = await lingyunAssets(w);
      return { values: [r.assetId], markers: [r.assetId, '探针资产凌云'] };
    },
  },
  {
    param: 'entityId',
    foreignValues: async (w) => {
      const r = await lingyunAssets(w);
      return { values: [r.entityId], markers: [r.entityId, '探针合作社凌云'] };
    },
  },
  {
    param: 'benefitId',
    foreignValues: async (w) => {
      const r = await lingyunAssets(w);
      return { values: [r.benefitId], markers: [r.benefitId, '探针分红凌云'] };
    },
  },
];
