import type { ScopeProbe } from '../../../testing/scope-probe';

// Events' records on the other side for the generic scope test: Open311 API keys of the county
// (made by its admin) and of the other county. (Other parts of the module add their parameters
// to the module scope-probe.ts.)

let n = 0;

export const open311ScopeProbes: ScopeProbe[] = [
  {
    param: 'keyId',
    foreignValues: async ({ foreignAdmins }) => {
      const keys = [];
      for (const admin of [foreignAdmins.tiandong, foreignAdmins.lingyun]) {
        n++;
        const res = await admin.post('/api/events/open311-keys', { name: `外区探针密钥${n}` });
        if (res.statusCode !== 201) throw new Error(`probe open311 key: ${res.body}`);
        keys.push(res.json() as { id: string; name: string; keyPrefix: string });
      }
      return { values: keys.map((k) => k.id), markers: keys.flatMap((k) => [k.id, k.name, k.keyPrefix]) };
    },
  },
];
