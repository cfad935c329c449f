import type { ScopeProbe, ScopeWorld } from '../../../testing/scope-probe';

// The county catalogues on the other side (凌云): a category and a service item of its own, with
// names no other county has. Every prober belongs to 田东, whose catalogue they may read.

interface CatalogueWorld {
  categoryId: string;
  itemId: string;
  markers: string[];
}

const expect201 = async (label: string, res: Promise<{ statusCode: number; body: string }>) => {
  const r = await res;
  if (r.statusCode !== 201) throw new Error(`probe ${label}: ${r.statusCode} ${r.body}`);
  return JSON.parse(r.body) as { id: string };
};

let world: Promise<CatalogueWorld> | null = null;
const lingyunCatalogue = (w: ScopeWorld) => {
  world ??= (async () => {
    const admin = w.foreignAdmins.lingyun;
    const step = { amount: 1, unit: 'wd' };
    const category = await expect201(
      'category',
      admin.post('/api/events/categories', {
        code: 'P01',
        name: '探针类别凌云',
        handlingLevel: 'village',
        departments: ['water'],
        limits: {
          accept: step,
          village: step,
          township: step,
          acknowledge: step,
          handle: step,
          review: step,
        },
      }),
    );
    const item = await expect201(
      'service item',
      admin.post('/api/events/services', {
        code: 'P01',
        domain: '探针领域',
        name: '探针事项凌云',
        intake: 'V',
        place: '探针地点凌云',
        person: '探针代办员',
        hours: '工作日',
        standard: '探针指南',
        categoryCode: 'P01',
      }),
    );
    return {
      categoryId: category.id,
      itemId: item.id,
      markers: [category.id, item.id, '探针类别凌云', '探针事项凌云', '探针地点凌云'],
    };
  })();
  return world;
};

/** Path parameters of the events module probed by the generic scope test (src/testing/scope.int.test.ts). */
export const catalogueScopeProbes: ScopeProbe[] = [
  {
    param: 'categoryId',
    foreignValues: async (w) => {
      const c = await lingyunCatalogue(w);
      return { values: [c.categoryId], markers: c.markers };
    },
  },
  {
    param: 'itemId',
    foreignValues: async (w) => ({ values: [(await lingyunCatalogue(w)).itemId], markers: [] }),
  },
];
