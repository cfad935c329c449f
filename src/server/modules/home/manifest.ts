import { defineModule } from '../../platform/modules/manifest';
import { homeRoutes } from './routes';

export const homeModule = defineModule({
  name: 'home',
  label: { zh: '工作台', en: 'Home' },
  routes: [homeRoutes],
});
