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
const EventsReportPage = lazy(() => import('../modules/events/report/ReportPage'));
const MyEventsPage = lazy(() => import('../modules/events/report/MyEventsPage'));
const PointsRulesPage = lazy(() => import('../modules/points/RulesPage'));
const PointsAccountsPage = lazy(() => import('../modules/points/AccountsPage'));
const EventsPage = lazy(() => import('../modules/events/handle/EventsPage'));
const WeakListPage = lazy(() => import('../modules/assessments/weak/WeakListPage'));
const WeakDetailPage = lazy(() => import('../modules/assessments/weak/WeakDetailPage'));
const WeakIdentifyPage = lazy(() => import('../modules/assessments/weak/IdentifyPage'));
const EventDetailPage = lazy(() => import('../modules/events/handle/EventDetailPage'));
const EventsDutyPage = lazy(() => import('../modules/events/handle/DutyPage'));
const EventCategoriesPage = lazy(() => import('../modules/events/catalogue/CategoriesPage'));
const ServicesAdminPage = lazy(() => import('../modules/events/catalogue/ServicesAdminPage'));
const ServicesPage = lazy(() => import('../modules/events/catalogue/ServicesPage'));
const Open311KeysPage = lazy(() => import('../modules/events/open311/Open311KeysPage'));
const EventsCalendarPage = lazy(() => import('../modules/events/calendar/CalendarPage'));
const AssessCadresPage = lazy(() => import('../modules/assessments/cadres/CadreSheetPage'));
const AssessCadreRulesPage = lazy(() => import('../modules/assessments/cadres/CadreRulesPage'));
const EventsBoardPage = lazy(() => import('../modules/events/board/EventsBoardPage'));
const AssessCriteriaPage = lazy(() => import('../modules/assessments/criteria/CriteriaPage'));
const AssessCriteriaSetPage = lazy(() => import('../modules/assessments/criteria/SetPage'));
// 公开晾晒: outside the log-in, like the log-in page itself.
const AssessChecklistPage = lazy(() => import('../modules/assessments/checklist/ChecklistPage'));
const AssessChecklistSummaryPage = lazy(() => import('../modules/assessments/checklist/SummaryPage'));
const PublicOverduePage = lazy(() => import('../modules/events/board/PublicOverduePage'));
const AssessFlagsPage = lazy(() => import('../modules/assessments/flags/FlagsPage'));
const AssessFlagKindsPage = lazy(() => import('../modules/assessments/flags/FlagKindsPage'));
const AssessReportsPage = lazy(() => import('../modules/assessments/reports/AssessReportsPage'));
const AssessNoticePrintPage = lazy(() => import('../modules/assessments/reports/NoticePrintPage'));
const AssessSelfPage = lazy(() => import('../modules/assessments/campaign/SelfPage'));
const AssessCampaignsPage = lazy(() => import('../modules/assessments/campaign/CampaignsPage'));
const AssessCampaignPage = lazy(() => import('../modules/assessments/campaign/CampaignPage'));
// 集体经济: assets part (资产与经营主体)
const EconomyAssetsPage = lazy(() => import('../modules/economy/assets/EconomyAssetsPage'));
const AssessRatingPage = lazy(() => import('../modules/assessments/campaign/RatingPage'));
const AssessVillageStarsPage = lazy(() => import('../modules/assessments/campaign/VillageStarsPage'));
// 星级评定公示 with its objection form: no log-in either.
const EconAccountsPage = lazy(() => import('../modules/economy/accounts/AccountsPage'));
const EconAccountPage = lazy(() => import('../modules/economy/accounts/AccountPage'));
const AssessNoticePage = lazy(() => import('../modules/assessments/campaign/PublicNoticePage'));
const EconomyPlansPage = lazy(() => import('../modules/economy/plans/EconomyPlansPage'));
// 集体经济总览 and a village's economy page (economy views).
const EconomyPage = lazy(() => import('../modules/economy/views/EconomyPage'));
const EconomyVillagePage = lazy(() => import('../modules/economy/views/VillagePage'));
// 书记领办项目 (economy projects); its 公开承诺 page needs no log-in.
const EconProjectsPage = lazy(() => import('../modules/economy/projects/ProjectsPage'));
const EconProjectPage = lazy(() => import('../modules/economy/projects/ProjectPage'));
const EconPublicProjectsPage = lazy(() => import('../modules/economy/projects/PublicProjectsPage'));
// 集体经济 · 强村带弱村与产业联盟 (economy pairings part).
const EconPairingsPage = lazy(() => import('../modules/economy/pairings/PairingsPage'));
const EconPairingPage = lazy(() => import('../modules/economy/pairings/PairingPage'));
// 走访与防返贫监测 · 入户走访 (visits module, visit part: 十问十清).
const VisitsPage = lazy(() => import('../modules/visits/visit/VisitsPage'));
const VisitFormPage = lazy(() => import('../modules/visits/visit/VisitFormPage'));
const VisitPage = lazy(() => import('../modules/visits/visit/VisitPage'));
// 防返贫监测 (visits monitoring part): the at-risk list and the thresholds and rules.
const MonitoringPage = lazy(() => import('../modules/visits/monitoring/MonitoringPage'));
const MonitoringSettingsPage = lazy(() => import('../modules/visits/monitoring/MonitoringSettingsPage'));
// 走访监测报表 (visits reports part, docs/visits.md §6).
const VisitsReportsPage = lazy(() => import('../modules/visits/reports/VisitsReportsPage'));
const FiguresPage = lazy(() => import('../modules/figures/FiguresPage'));
const DashboardPage = lazy(() => import('../modules/figures/DashboardPage'));
const ReportsPage = lazy(() => import('../modules/figures/ReportsPage'));
const BoundariesPage = lazy(() => import('../modules/figures/maps/BoundariesPage'));
// 防返贫监测 · 风险线索的三个渠道 (visits clues part).
const MonitoringRequestPage = lazy(() => import('../modules/visits/clues/MyRequestPage'));
const MonitoringScreeningPage = lazy(() => import('../modules/visits/clues/ScreeningPage'));
const MonitoringDepartmentPage = lazy(() => import('../modules/visits/clues/DepartmentPage'));
const MonitoringCasesPage = lazy(() => import('../modules/visits/cases/CasesPage'));
const MonitoringCaseNewPage = lazy(() => import('../modules/visits/cases/CaseNewPage'));
const MonitoringCasePage = lazy(() => import('../modules/visits/cases/CasePage'));
const MonitoringNoticePage = lazy(() => import('../modules/visits/cases/NoticePage'));
// 联系服务: 十联六常, 十步法, 书记拉练 and the phone page to log a contact (visits contacts part).
const ContactsPage = lazy(() => import('../modules/visits/contacts/ContactsPage'));
const LogContactPage = lazy(() => import('../modules/visits/contacts/LogContactPage'));
// 十公开 (disclosure): the public notice board /gk/<村代码> needs no log-in; the QR sheet prints without the app's chrome.
const DisclosurePage = lazy(() => import('../modules/disclosure/DisclosurePage'));
const DisclosureFormPage = lazy(() => import('../modules/disclosure/DisclosureFormPage'));
const DisclosureItemPage = lazy(() => import('../modules/disclosure/DisclosureItemPage'));
const DisclosureKindsPage = lazy(() => import('../modules/disclosure/KindsPage'));
const DisclosurePrintPage = lazy(() => import('../modules/disclosure/BoardPrintPage'));
const PublicDisclosurePage = lazy(() => import('../modules/disclosure/PublicDisclosurePage'));
// 以考促学 (study module): the bank, tests and scores, and taking a test on the phone.
const StudyBankPage = lazy(() => import('../modules/study/BankPage'));
const StudyTestsPage = lazy(() => import('../modules/study/TestsPage'));
const StudyTestPage = lazy(() => import('../modules/study/TestPage'));
const StudyMinePage = lazy(() => import('../modules/study/MyTestsPage'));
const StudyTakePage = lazy(() => import('../modules/study/TakePage'));

const loading = (page: ReactNode) => <Suspense fallback={<FullPageSpin />}>{page}</Suspense>;

const guarded = (permission: Permission, page: ReactNode) =>
  loading(<RequirePermission permission={permission}>{page}</RequirePermission>);

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/public/overdue/:countyCode', element: loading(<PublicOverduePage />) },
  { path: '/public/assess-notice/:campaignId', element: loading(<AssessNoticePage />) },
  { path: '/public/projects/:regionCode', element: loading(<EconPublicProjectsPage />) },
  { path: '/gk/:villageCode', element: loading(<PublicDisclosurePage />) },
  {
    element: <RequireAuth />,
    children: [
      { path: '/change-password', element: loading(<ChangePasswordPage />) },
      // The A4 公示 prints without the app's navigation.
      { path: '/assess-print/:campaignId', element: guarded('assess.read', <AssessNoticePrintPage />) },
      {
        path: '/disclosure-print/:villageCode',
        element: guarded('disclosure.read', <DisclosurePrintPage />),
      },
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
          { path: 'events', element: guarded('events.read', <EventsPage />) },
          { path: 'assess/weak', element: guarded('assess.read', <WeakListPage />) },
          { path: 'assess/weak/:weakId', element: guarded('assess.read', <WeakDetailPage />) },
          { path: 'assess/weak-identify', element: guarded('assess.weak', <WeakIdentifyPage />) },
          { path: 'events/:eventId', element: guarded('events.read', <EventDetailPage />) },
          { path: 'events-duty', element: guarded('events.handle', <EventsDutyPage />) },
          { path: 'events-categories', element: guarded('events.catalogue', <EventCategoriesPage />) },
          { path: 'events-services-admin', element: guarded('events.catalogue', <ServicesAdminPage />) },
          { path: 'services', element: guarded('events.services', <ServicesPage />) },
          { path: 'events-open311', element: guarded('events.open311', <Open311KeysPage />) },
          { path: 'events-calendar', element: guarded('events.read', <EventsCalendarPage />) },
          { path: 'assess-cadres', element: guarded('assess.cadres', <AssessCadresPage />) },
          { path: 'assess-cadres/rules', element: guarded('assess.cadres', <AssessCadreRulesPage />) },
          { path: 'economy-plans', element: guarded('economy.read', <EconomyPlansPage />) },
          { path: 'events-board', element: guarded('events.board', <EventsBoardPage />) },
          { path: 'events-report', element: guarded('events.report', <EventsReportPage />) },
          { path: 'events-mine', element: guarded('events.report', <MyEventsPage />) },
          { path: 'assess-checklist', element: guarded('assess.read', <AssessChecklistPage />) },
          {
            path: 'assess-checklist-summary',
            element: guarded('assess.read', <AssessChecklistSummaryPage />),
          },
          { path: 'assess-flags', element: guarded('assess.read', <AssessFlagsPage />) },
          { path: 'assess-flag-kinds', element: guarded('assess.flags', <AssessFlagKindsPage />) },
          { path: 'assess-criteria', element: guarded('assess.read', <AssessCriteriaPage />) },
          { path: 'assess-criteria/:setId', element: guarded('assess.read', <AssessCriteriaSetPage />) },
          { path: 'assess-reports', element: guarded('assess.read', <AssessReportsPage />) },
          { path: 'assess-self', element: guarded('assess.self', <AssessSelfPage />) },
          { path: 'assess-campaigns', element: guarded('assess.read', <AssessCampaignsPage />) },
          { path: 'economy-assets', element: guarded('economy.read', <EconomyAssetsPage />) },
          { path: 'assess-campaigns/:campaignId', element: guarded('assess.read', <AssessCampaignPage />) },
          { path: 'assess-ratings/:ratingId', element: guarded('assess.read', <AssessRatingPage />) },
          {
            path: 'assess-villages/:regionCode',
            element: guarded('assess.read', <AssessVillageStarsPage />),
          },
          { path: 'economy', element: guarded('economy.read', <EconomyPage />) },
          { path: 'economy-villages/:regionCode', element: guarded('economy.read', <EconomyVillagePage />) },
          { path: 'economy-projects', element: guarded('economy.read', <EconProjectsPage />) },
          { path: 'economy-projects/:projectId', element: guarded('economy.read', <EconProjectPage />) },
          { path: 'economy-accounts', element: guarded('economy.read', <EconAccountsPage />) },
          { path: 'economy-accounts/:accountId', element: guarded('economy.read', <EconAccountPage />) },
          { path: 'economy-pairings', element: guarded('economy.read', <EconPairingsPage />) },
          { path: 'economy-pairings/:pairingId', element: guarded('economy.read', <EconPairingPage />) },
          { path: 'visits', element: guarded('visits.read', <VisitsPage />) },
          { path: 'visits/new', element: guarded('visits.record', <VisitFormPage />) },
          { path: 'visits/:visitId', element: guarded('visits.read', <VisitPage />) },
          { path: 'monitoring', element: guarded('monitoring.read', <MonitoringPage />) },
          { path: 'monitoring-settings', element: guarded('monitoring.read', <MonitoringSettingsPage />) },
          { path: 'visits-reports', element: guarded('monitoring.read', <VisitsReportsPage />) },
          { path: 'figures', element: guarded('figures.read', <FiguresPage />) },
          { path: 'dashboard', element: guarded('figures.read', <DashboardPage />) },
          { path: 'figure-reports', element: guarded('figures.read', <ReportsPage />) },
          { path: 'figure-maps', element: guarded('figures.read', <BoundariesPage />) },
          {
            path: 'my-monitoring-request',
            element: guarded('monitoring.request', <MonitoringRequestPage />),
          },
          { path: 'monitoring-screening', element: guarded('monitoring.clues', <MonitoringScreeningPage />) },
          {
            path: 'monitoring-department',
            element: guarded('monitoring.clues', <MonitoringDepartmentPage />),
          },
          { path: 'monitoring-cases', element: guarded('monitoring.read', <MonitoringCasesPage />) },
          { path: 'monitoring-cases/new', element: guarded('monitoring.cases', <MonitoringCaseNewPage />) },
          { path: 'monitoring-cases/:caseId', element: guarded('monitoring.read', <MonitoringCasePage />) },
          // 民主评议公示: the village's own people (villagers too) and its township and county; the server decides.
          { path: 'monitoring-notice/:villageCode', element: loading(<MonitoringNoticePage />) },
          { path: 'contacts', element: guarded('contacts.read', <ContactsPage />) },
          { path: 'contacts/log', element: guarded('contacts.read', <LogContactPage />) },
          { path: 'disclosure', element: guarded('disclosure.read', <DisclosurePage />) },
          { path: 'disclosure/new', element: guarded('disclosure.draft', <DisclosureFormPage />) },
          { path: 'disclosure/:disclosureId', element: guarded('disclosure.read', <DisclosureItemPage />) },
          {
            path: 'disclosure/:disclosureId/edit',
            element: guarded('disclosure.draft', <DisclosureFormPage />),
          },
          { path: 'disclosure-kinds', element: guarded('disclosure.read', <DisclosureKindsPage />) },
          { path: 'study-bank', element: guarded('study.bank', <StudyBankPage />) },
          { path: 'study-tests', element: guarded('study.scores', <StudyTestsPage />) },
          { path: 'study-tests/:testId', element: guarded('study.scores', <StudyTestPage />) },
          { path: 'study', element: guarded('study.take', <StudyMinePage />) },
          { path: 'study/attempts/:attemptId', element: guarded('study.take', <StudyTakePage />) },
          { path: '*', element: loading(<NotFoundPage />) },
        ],
      },
    ],
  },
]);
