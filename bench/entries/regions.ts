import { listDescendants } from '../../src/server/modules/regions/list-descendants';
import type { BenchEntry } from '../harness';

const COUNTY = '451022000000';
const RAW = `select code, parent_code, level, name, initials from regions
  where code >= '451022' and code < '451023' and level = 'village' order by code`;

export const regionEntries: BenchEntry[] = [
  {
    name: 'villages of a county (use case)',
    scale: '田东 173 villages',
    app: ({ ctx }) => listDescendants(ctx, COUNTY, 'village'),
    raw: ({ services }) => services.database.rawQuery(RAW),
  },
  {
    name: 'villages of a county (HTTP API)',
    scale: '田东 173 villages',
    app: async ({ http }) => {
      const res = await http('GET', `/api/regions/${COUNTY}/descendants?level=village`);
      if (res.statusCode !== 200) throw new Error(res.body);
    },
    raw: ({ services }) => services.database.rawQuery(RAW),
  },
];
