import { defineModule } from '../../platform/modules/manifest';
import { authRoutes } from './routes';

export const authModule = defineModule({
  name: 'auth',
  label: { zh: '登录与账号', en: 'Sign-in' },
  routes: [authRoutes],
});
