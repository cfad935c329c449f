import type { ScopeProbe, ScopeWorld } from '../../../../testing/scope-probe';

// Records of the accounts part on the other side, for the generic scope test
// (testing/scope.int.test.ts): an account with one income line in a village of the other
// township (田东) and of the other county (凌云), each written by its own county admin.

const YEAR = 2025;

let made: Promise<{ accountIds: string[]; lineIds: string[]; markers: string[] }> | undefined;

const foreignAccounts = (w: ScopeWorld) => {
  made ??= (async () => {
    const sides = [
      [w.foreignAdmins.tiandong, w.regions.otherVillage.code, '外区收入甲'],
      [w.foreignAdmins.lingyun, w.regions.otherCountyVillage.code, '外区收入乙'],
    ] as const;
    const out = { accountIds: [] as string[], lineIds: [] as string[], markers: [] as string[] };
    for (const [admin, regionCode, item] of sides) {
      const account = await admin.post('/api/economy/accounts', { regionCode, year: YEAR });
      if (account.statusCode !== 201) throw new Error(`probe accountId: ${account.body}`);
      const { id } = account.json() as { id: string };
      const line = await admin.post(`/api/economy/accounts/${id}/lines`, {
        quarter: 1,
        code: 'I1',
        item,
        amountFen: 123_456,
      });
      if (line.statusCode !== 201) throw new Error(`probe lineId: ${line.body}`);
      const lineId = (line.json() as { lines: { id: string }[] }).lines[0].id;
      out.accountIds.push(id);
      out.lineIds.push(lineId);
      out.markers.push(id, lineId, item);
    }
    return out;
  })();
  return made;
};

export const accountsScopeProbes: ScopeProbe[] = [
  {
    param: 'accountId',
    foreignValues: async (w) => {
      const r = await foreignAccounts(w);
      return { values: r.accountIds, markers: r.markers };
    },
  },
  {
    param: 'lineId',
    foreignValues: async (w) => {
      const r = await foreignAccounts(w);
      return { values: r.lineIds, markers: r.markers };
    },
  },
];
