import { defineModule } from '../../platform/modules/manifest';
import { systemRoutes } from './routes';

export const systemModule = defineModule({
  name: 'system',
  label: { zh: '系统', en: 'System' },
  routes: [systemRoutes],
});
