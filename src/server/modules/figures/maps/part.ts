import type { ModulePart } from '../../../platform/modules/parts';
import { boundaryRoutes } from './routes';

// The maps part of the figures module: region boundaries uploaded by a county (docs/dashboards.md
// "Maps"), which the dashboard draws its figures on.

export const mapsPart: ModulePart = {
  name: 'maps',
  routes: [boundaryRoutes],
  audit: {
    entities: { region_boundaries: { zh: '区划边界', en: 'Region boundaries' } },
    actions: {
      'figures.boundaries.upload': { zh: '上传区划边界', en: 'Upload region boundaries' },
      'figures.boundaries.delete': { zh: '删除区划边界', en: 'Delete region boundaries' },
    },
  },
};
