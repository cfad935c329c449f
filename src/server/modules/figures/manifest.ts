import { defineModule } from '../../platform/modules/manifest';
import { figuresRoutes } from './routes';

// 指标目录 (issue 16, docs/dashboards.md): the catalogue of the figures every other module declares.
// It owns no table: each figure is computed by its own module from its records.
export const figuresModule = defineModule({
  name: 'figures',
  label: { zh: '指标目录', en: 'Figure catalogue' },
  routes: [figuresRoutes],
});
