import type { ScopeProbe, ScopeWorld } from '../../../../testing/scope-probe';

// Records of the checklist part on the other side, for the generic scope test
// (testing/scope.int.test.ts): 凌云's own item, with a name no other county has, and villages of
// the other township and the other county.

let lingyunItem: Promise<{ id: string; name: string }> | null = null;
const itemOfLingyun = (w: ScopeWorld) => {
  lingyunItem ??= (async () => {
    const res = await w.foreignAdmins.lingyun.post('/api/assess/checklist/items', {
      code: 'P01',
      group: 'ize',
      name: '探针十有五化凌云',
    });
    if (res.statusCode !== 201) throw new Error(`probe checklist item: ${res.statusCode} ${res.body}`);
    return res.json() as { id: string; name: string };
  })();
  return lingyunItem;
};

export const checklistScopeProbes: ScopeProbe[] = [
  {
    param: 'itemId',
    foreignValues: async (w) => {
      const item = await itemOfLingyun(w);
      return { values: [item.id], markers: [item.id, item.name] };
    },
  },
  {
    param: 'regionCode',
    foreignValues: async ({ regions }) => ({
      values: [regions.otherVillage.code, regions.otherCountyVillage.code],
      markers: [],
    }),
  },
];
