import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Permission } from '../../contracts/roles';
import { LoginPage } from './pages/LoginPage';
import { FullPageSpin, RequireAuth } from './RequireAuth';

// Only the log-in page is in the first download; the shell and every page come when first shown.
const AppLayout = lazy(() => import('./layout/AppLayout').then((m) => ({ default: m.AppLayout })));
const HomePage = lazy(() => import('./pages/HomePage').then((m) => ({ default: m.HomePage })));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));
// The permission table (contracts/roles, with zod) is needed only once logged in.
const RequirePermission = lazy(() =>
  import('./pages/RequirePermission').then((m) => ({ default: m.RequirePermission })),
);
const ChangePasswordPage = lazy(() =>
  import('./pages/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
);

const RegionsPage = lazy(() => import('../modules/regions/RegionsPage'));
const UsersPage = lazy(() => import('../modules/users/UsersPage'));
const AuditPage = lazy(() => import('../modules/audit/AuditPage'));
const OrgsPage = lazy(() => import('../modules/org/OrgsPage'));
const MembersPage = lazy(() => import('../modules/members/MembersPage'));
const DevelopmentPage = lazy(() => import('../modules/members/DevelopmentPage'));
const CadresPage = lazy(() => import('../modules/cadres/CadresPage'));
const WorkTeamsPage = lazy(() => import('../modules/cadres/WorkTeamsPage'));
const GridsPage = lazy(() => import('../modules/grids/GridsPage'));
const GridCardPage = lazy(() => import('../modules/grids/GridCardPage'));
const MyGridPage = lazy(() => import('../modules/grids/MyGridPage'));
const TalentsPage = lazy(() => import('../modules/talents/TalentsPage'));
const HouseholdsPage = lazy(() => import('../modules/households/HouseholdsPage'));
const HouseholdPage = lazy(() => import('../modules/households/HouseholdPage'));
const PointsReviewPage = lazy(() => import('../modules/points/ReviewPage'));
const PointsProposePage = lazy(() => import('../modules/points/ProposePage'));
const MyClaimsPage = lazy(() => import('../modules/points/MyClaimsPage'));
const PointsShopPage = lazy(() => import('../modules/points/ShopPage'));
const MyPointsPage = lazy(() => import('../modules/points/MyPointsPage'));
const PointsReservePage = lazy(() => import('../modules/points/ReservePage'));
const PointsBoardsPage = lazy(() => import('../modules/points/BoardsPage'));
const PointsRulesPage = lazy(() => import('../modules/points/RulesPage'));
const PointsAccountsPage = lazy(() => import('../modules/points/AccountsPage'));
const EventsBoardPage = lazy(() => import('../modules/events/board/EventsBoardPage'));
// 公开晾晒: outside the log-in, like the log-in page itself.
const PublicOverduePage = lazy(() => import('../modules/events/board/PublicOverduePage'));

const loading = (page: ReactNode) => <Suspense fallback={<FullPageSpin />}>{page}</Suspense>;

const guarded = (permission: Permission, page: ReactNode) =>
  loading(<RequirePermission permission={permission}>{page}</RequirePermission>);

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/public/overdue/:countyCode', element: loading(<PublicOverduePage />) },
  {
    element: <RequireAuth />,
    children: [
      { path: '/change-password', element: loading(<ChangePasswordPage />) },
      {
        element: loading(<AppLayout />),
        children: [
          { index: true, element: loading(<HomePage />) },
          { path: 'regions', element: guarded('regions.read', <RegionsPage />) },
          { path: 'users', element: guarded('users.manage', <UsersPage />) },
          { path: 'audit', element: guarded('audit.read', <AuditPage />) },
          { path: 'orgs', element: guarded('org.read', <OrgsPage />) },
          { path: 'members', element: guarded('members.read', <MembersPage />) },
          { path: 'development', element: guarded('members.read', <DevelopmentPage />) },
          { path: 'cadres', element: guarded('cadres.read', <CadresPage />) },
          { path: 'work-teams', element: guarded('cadres.read', <WorkTeamsPage />) },
          { path: 'grids', element: guarded('grids.read', <GridsPage />) },
          { path: 'my-grid', element: guarded('grids.read', <MyGridPage />) },
          { path: 'grids/:gridId', element: guarded('grids.read', <GridCardPage />) },
          { path: 'talents', element: guarded('talents.read', <TalentsPage />) },
          { path: 'households', element: guarded('households.read', <HouseholdsPage />) },
          { path: 'households/:householdId', element: guarded('households.read', <HouseholdPage />) },
          { path: 'points-review', element: guarded('points.approve', <PointsReviewPage />) },
          { path: 'points-propose', element: guarded('points.propose', <PointsProposePage />) },
          { path: 'points-mine', element: guarded('points.propose', <MyClaimsPage />) },
          { path: 'points-shop', element: guarded('points.shop', <PointsShopPage />) },
          { path: 'my-points', element: guarded('points.own', <MyPointsPage />) },
          { path: 'points-reserve', element: guarded('points.own', <PointsReservePage />) },
          { path: 'points-boards', element: guarded('points.board', <PointsBoardsPage />) },
          { path: 'points-rules', element: guarded('points.rules', <PointsRulesPage />) },
          { path: 'points', element: guarded('points.read', <PointsAccountsPage />) },
          { path: 'events-board', element: guarded('events.board', <EventsBoardPage />) },
          { path: '*', element: loading(<NotFoundPage />) },
        ],
      },
    ],
  },
]);
