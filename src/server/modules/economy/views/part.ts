import type { EconomyPart } from '../part';
import { viewsFigures } from './figures';
import { viewsRoutes } from './routes';

// The views part of the economy module: tier summaries, year-on-year growth, drill-down lists and
// the figures other modules read (docs/economy.md §7). ../manifest.ts gathers it.

export const viewsPart: EconomyPart = {
  name: 'views',
  routes: [viewsRoutes],
  audit: {
    entities: {
      // Named apart from the accounts part's records: an export reads the summaries, not one account.
      economy_view: { zh: '集体经济汇总', en: 'Collective economy summary' },
    },
    actions: {
      'economy.views.drill.export': {
        zh: '导出集体经济村名单',
        en: 'Export collective economy village list',
      },
      // Written by npm run gen -- --economy and the demo seed (src/generator/economy.ts).
      'generator.economy': { zh: '生成合成集体经济数据', en: 'Generate synthetic collective economy data' },
    },
  },
  figures: viewsFigures,
};
