import { insertPerson } from '../../../../testing/people';
import type { ScopeProbe, ScopeWorld } from '../../../../testing/scope-probe';

// Cadre assessments on the other side, for the generic scope test (testing/scope.int.test.ts):
// a secretary of the other township (田东) and of the other county (凌云), each with its row of
// the year drawn up by its own county admin.

const YEAR = 2025;

const foreignRows = async (w: ScopeWorld) => {
  const sides = [
    [w.foreignAdmins.tiandong, w.regions.otherVillage.code, '外区考核甲'],
    [w.foreignAdmins.lingyun, w.regions.otherCountyVillage.code, '外区考核乙'],
  ] as const;
  const rows: { id: string; name: string }[] = [];
  for (const [admin, village, name] of sides) {
    const person = await insertPerson(w.services, { regionCode: village, name });
    const cadre = await admin.post('/api/cadres', {
      personId: person.id,
      posts: [{ body: 'party', post: 'secretary' }],
    });
    if (cadre.statusCode !== 201) throw new Error(`probe cadreAssessmentId: ${cadre.body}`);
    const made = await admin.post('/api/assess/cadre-assessments/generate', { year: YEAR });
    if (made.statusCode !== 200) throw new Error(`probe cadreAssessmentId: ${made.body}`);
    const list = await admin.get(`/api/assess/cadre-assessments?year=${YEAR}&q=${encodeURIComponent(name)}`);
    const [row] = list.json().items as { id: string; name: string }[];
    if (!row) throw new Error(`probe cadreAssessmentId: no row for ${name}`);
    rows.push(row);
  }
  return rows;
};

export const cadresScopeProbes: ScopeProbe[] = [
  {
    param: 'cadreAssessmentId',
    foreignValues: async (w) => {
      const rows = await foreignRows(w);
      return { values: rows.map((r) => r.id), markers: rows.flatMap((r) => [r.id, r.name]) };
    },
  },
];
