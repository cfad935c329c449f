import type { Session } from '../../../testing/factories';
import type { ScopeProbe } from '../../../testing/scope-probe';

let n = 0;
const createUser = async (admin: Session, scopeCode: string) => {
  n++;
  const res = await admin.post('/api/users', {
    username: `probe${process.pid}u${n}`,
    displayName: `外区探针${n}`,
    role: 'grid_worker',
    scopeCode,
    phone: '13900001111',
    initialPassword: 'Probe-password-2026',
  });
  if (res.statusCode !== 201) throw new Error(`probe user: ${res.body}`);
  return res.json() as { id: string; username: string; displayName: string };
};

export const scopeProbes: ScopeProbe[] = [
  {
    param: 'userId',
    foreignValues: async ({ regions, foreignAdmins }) => {
      const users = [
        await createUser(foreignAdmins.tiandong, regions.otherVillage.code),
        await createUser(foreignAdmins.lingyun, regions.otherCountyVillage.code),
      ];
      return {
        values: users.map((u) => u.id),
        markers: users.flatMap((u) => [u.id, u.username, u.displayName]),
      };
    },
  },
];
