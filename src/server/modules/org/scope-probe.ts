import type { Session } from '../../../testing/factories';
import type { ScopeProbe, ScopeWorld } from '../../../testing/scope-probe';

let n = 0;

/** A party branch made by a foreign admin in a village of the other side. */
export const foreignBranch = async (admin: Session, regionCode: string) => {
  n++;
  const res = await admin.post('/api/orgs', {
    name: `外区探针党支部${n}`,
    level: 'branch',
    kind: 'village',
    regionCode,
  });
  if (res.statusCode !== 201) throw new Error(`probe org: ${res.body}`);
  return res.json() as { id: string; name: string };
};

const bothSides = (w: ScopeWorld) => [
  [w.foreignAdmins.tiandong, w.regions.otherVillage.code] as const,
  [w.foreignAdmins.lingyun, w.regions.otherCountyVillage.code] as const,
];

export const scopeProbes: ScopeProbe[] = [
  {
    param: 'orgId',
    foreignValues: async (world) => {
      const orgs = [];
      for (const [admin, code] of bothSides(world)) orgs.push(await foreignBranch(admin, code));
      return { values: orgs.map((o) => o.id), markers: orgs.flatMap((o) => [o.id, o.name]) };
    },
  },
  {
    param: 'unitId',
    foreignValues: async (world) => {
      const units: { id: string; name: string }[] = [];
      for (const [admin, regionCode] of bothSides(world)) {
        n++;
        const res = await admin.post('/api/orgs/units', {
          name: `外区探针企业${n}`,
          unitType: 'enterprise',
          regionCode,
          instructorName: `外区指导员${n}`,
        });
        if (res.statusCode !== 201) throw new Error(`probe unit: ${res.body}`);
        units.push(res.json());
      }
      return { values: units.map((u) => u.id), markers: units.flatMap((u) => [u.id, u.name]) };
    },
  },
];
