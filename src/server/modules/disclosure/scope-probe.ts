import { loginAs, makeUser } from '../../../testing/factories';
import type { ScopeProbe, ScopeWorld } from '../../../testing/scope-probe';

// Records of the disclosure module on the other side (凌云县), for the generic scope test
// (testing/scope.int.test.ts): a kind of 凌云's catalogue, and an item drafted by a 凌云 village
// secretary and published by 凌云's county. villageCode and attachmentId are probed by other modules.

interface Made {
  kindId: string;
  itemId: string;
}

const TITLE = '探针公开事项凌云县';
let made: Promise<Made> | null = null;

const world = (w: ScopeWorld): Promise<Made> => {
  made ??= (async () => {
    const admin = w.foreignAdmins.lingyun;
    const user = await makeUser(w.services, {
      role: 'village',
      regionCode: w.regions.otherCountyVillage.code,
    });
    const village = await loginAs(w.app, user.username);
    const kinds = await admin.get('/api/disclosure/kinds');
    if (kinds.statusCode !== 200) throw new Error(`probe disclosureKindId: ${kinds.body}`);
    const kindId = kinds.json().items[0].id as string;
    const created = await village.post('/api/disclosure/items', {
      regionCode: w.regions.otherCountyVillage.code,
      kindId,
      title: TITLE,
      period: '2031年第一季度',
      year: 2031,
      body: '探针正文',
    });
    if (created.statusCode !== 201)
      throw new Error(`probe disclosureId: ${created.statusCode} ${created.body}`);
    const itemId = created.json().id as string;
    await village.post(`/api/disclosure/items/${itemId}/actions/submit`, {});
    await admin.post(`/api/disclosure/items/${itemId}/actions/approve`, {});
    return { kindId, itemId };
  })();
  return made;
};

export const scopeProbes: ScopeProbe[] = [
  {
    param: 'disclosureId',
    foreignValues: async (w) => {
      const m = await world(w);
      return { values: [m.itemId], markers: [m.itemId, TITLE] };
    },
  },
  {
    param: 'disclosureKindId',
    foreignValues: async (w) => {
      const m = await world(w);
      return { values: [m.kindId], markers: [m.kindId] };
    },
  },
];
