import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Permission } from '../../contracts/roles';
import { AppLayout } from './layout/AppLayout';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RequirePermission } from './pages/RequirePermission';
import { FullPageSpin, RequireAuth } from './RequireAuth';

const RegionsPage = lazy(() => import('../modules/regions/RegionsPage'));
const UsersPage = lazy(() => import('../modules/users/UsersPage'));
const AuditPage = lazy(() => import('../modules/audit/AuditPage'));

const guarded = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>
    <Suspense fallback={<FullPageSpin />}>{page}</Suspense>
  </RequirePermission>
);

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      { path: '/change-password', element: <ChangePasswordPage /> },
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'regions', element: guarded('regions.read', <RegionsPage />) },
          { path: 'users', element: guarded('users.manage', <UsersPage />) },
          { path: 'audit', element: guarded('audit.read', <AuditPage />) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
