import type { ScopeProbe, ScopeWorld } from '../../../../testing/scope-probe';
import { makeHousehold } from '../../households/test-factories';

// Records of the visit part on the other side, for the generic scope test (testing/scope.int.test.ts):
// a visit of a household of the other township (田东) and of the other county (凌云), each recorded
// by its own county admin. The households' ids are markers too: the prefill takes them as a query.

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

let made: Promise<{ visitIds: string[]; markers: string[] }> | undefined;

const foreignVisits = (w: ScopeWorld) => {
  made ??= (async () => {
    const sides = [
      [w.foreignAdmins.tiandong, w.regions.otherVillage.code, '外区走访甲'],
      [w.foreignAdmins.lingyun, w.regions.otherCountyVillage.code, '外区走访乙'],
    ] as const;
    const out = { visitIds: [] as string[], markers: [] as string[] };
    for (const [admin, regionCode, note] of sides) {
      const household = await makeHousehold(admin, regionCode);
      const visit = await admin.post('/api/visits', {
        householdId: household.id,
        visitedOn: today(),
        answers: { Q01: { status: 'clear', note } },
        problems: [{ question: 'Q01', description: note, outcome: 'solved', solution: note }],
      });
      if (visit.statusCode !== 201) throw new Error(`probe visitId: ${visit.body}`);
      const { id } = visit.json() as { id: string };
      out.visitIds.push(id);
      out.markers.push(id, household.id, household.householdNo, note);
    }
    return out;
  })();
  return made;
};

export const visitScopeProbes: ScopeProbe[] = [
  {
    param: 'visitId',
    foreignValues: async (w) => {
      const r = await foreignVisits(w);
      return { values: r.visitIds, markers: r.markers };
    },
  },
];
