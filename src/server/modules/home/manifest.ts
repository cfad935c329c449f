import { defineModule } from '../../platform/modules/manifest';
import { notificationRoutes } from '../../platform/notifications/routes';
import { homeRoutes } from './routes';

export const homeModule = defineModule({
  name: 'home',
  label: { zh: '工作台', en: 'Home' },
  // The bell (消息通知) belongs to every page like the home page does.
  routes: [homeRoutes, notificationRoutes],
});
