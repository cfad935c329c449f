import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPath, useLocation } from 'react-router';

/**
 * The title (an i18n key) of every page the router knows, keyed by its route pattern. A screen
 * reader announces the title first, and a browser tab or bookmark shows it: 「农户 - 振兴」, not
 * 振兴 everywhere. The e2e accessibility audit visits every pattern listed here, and a unit test
 * fails when a route of the router has no title.
 */
export const PAGE_TITLES = {
  '/login': 'login.title',
  '/change-password': 'password.title',
  '/': 'nav.home',
  '/regions': 'regions.title',
  '/users': 'users.title',
  '/audit': 'audit.title',
  '/orgs': 'org.title',
  '/members': 'members.title',
  '/development': 'members.development',
  '/cadres': 'cadres.title',
  '/work-teams': 'cadres.teamsNav',
  '/grids': 'grids.title',
  '/my-grid': 'grids.mine.title',
  '/grids/:gridId': 'grids.cardTitle',
  '/talents': 'talents.title',
  '/households': 'households.title',
  '/households/:householdId': 'households.profile',
  '/points-review': 'points.nav.review',
  '/events': 'eventsHandle.title',
  '/assess/weak': 'assessWeak.title',
  '/assess/weak/:weakId': 'assessWeak.detailTitle',
  '/assess/weak-identify': 'assessWeak.identifyTitle',
  '/events/:eventId': 'eventsHandle.detailTitle',
  '/events-duty': 'eventsHandle.dutyTitle',
  '/points-propose': 'points.nav.propose',
  '/points-mine': 'points.nav.mine',
  '/points-shop': 'points.nav.shop',
  '/my-points': 'points.nav.my',
  '/points-reserve': 'points.nav.reserve',
  '/points-boards': 'points.nav.boards',
  '/points-rules': 'points.nav.rules',
  '/points': 'points.nav.accounts',
  '/events-categories': 'eventsCatalogue.categoriesTitle',
  '/events-services-admin': 'eventsCatalogue.servicesAdminTitle',
  '/services': 'eventsCatalogue.servicesTitle',
  '/events-open311': 'eventsOpen311.title',
  '/events-calendar': 'eventsCalendar.title',
  '/events-board': 'eventsBoard.title',
  '/public/overdue/:countyCode': 'eventsBoard.public.title',
  '/assess-reports': 'assessReports.title',
  '/assess-print/:campaignId': 'assessReports.print.button',
  '/events-report': 'eventsReport.nav.report',
  '/events-mine': 'eventsReport.nav.mine',
  '/assess-cadres': 'assessCadres.title',
  '/assess-cadres/rules': 'assessCadres.rulesTitle',
  '/assess-checklist': 'assessChecklist.title',
  '/assess-checklist-summary': 'assessChecklist.summaryTitle',
  '/assess-flags': 'assessFlags.title',
  '/assess-flag-kinds': 'assessFlags.kindsTitle',
  '/assess-criteria': 'assessCriteria.title',
  '/assess-criteria/:setId': 'assessCriteria.setTitle',
  '/assess-self': 'assessCampaign.titles.self',
  '/assess-campaigns': 'assessCampaign.titles.campaigns',
  '/assess-campaigns/:campaignId': 'assessCampaign.titles.campaign',
  '/assess-ratings/:ratingId': 'assessCampaign.titles.rating',
  '/assess-villages/:regionCode': 'assessCampaign.titles.village',
  '/public/assess-notice/:campaignId': 'assessCampaign.titles.notice',
  '/economy-pairings': 'econPairings.title',
  '/economy-pairings/:pairingId': 'econPairings.title',
  '/economy-assets': 'econAssets.title',
  '/economy-plans': 'econPlans.title',
  '/economy': 'econViews.title',
  '/economy-villages/:regionCode': 'econViews.village.title',
  '/economy-projects': 'econProjects.title',
  '/economy-projects/:projectId': 'econProjects.detailTitle',
  '/public/projects/:regionCode': 'econProjects.public.title',
  '/economy-accounts': 'econAccounts.title',
  '/economy-accounts/:accountId': 'econAccounts.detailTitle',
  '/visits': 'visitsVisit.listTitle',
  '/visits/new': 'visitsVisit.newTitle',
  '/visits/:visitId': 'visitsVisit.detailTitle',
  '/monitoring': 'visitsMonitoring.title',
  '/monitoring-settings': 'visitsMonitoring.settingsTitle',
  '/visits-reports': 'visitsReports.title',
  '/figures': 'figures.title',
  '/dashboard': 'dashboard.title',
  '/figure-reports': 'figureReports.title',
  '/figure-maps': 'figureMaps.title',
  '/my-monitoring-request': 'visitsClues.request.title',
  '/monitoring-screening': 'visitsClues.screening.title',
  '/monitoring-department': 'visitsClues.department.title',
  '/monitoring-cases': 'visitsCases.title',
  '/monitoring-cases/new': 'visitsCases.newTitle',
  '/monitoring-cases/:caseId': 'visitsCases.detailTitle',
  '/monitoring-notice/:villageCode': 'visitsCases.noticeTitle',
  '/contacts': 'visitsContacts.title',
  '/contacts/log': 'visitsContacts.quick.title',
  '/disclosure': 'disclosure.title',
  '/disclosure/new': 'disclosure.newTitle',
  '/disclosure/:disclosureId': 'disclosure.detailTitle',
  '/disclosure/:disclosureId/edit': 'disclosure.editTitle',
  '/disclosure-kinds': 'disclosure.kindsTitle',
  '/disclosure-print/:villageCode': 'disclosure.printTitle',
  '/gk/:villageCode': 'disclosure.publicTitle',
  '/study-bank': 'study.bank.title',
  '/study-tests': 'study.tests.title',
  '/study-tests/:testId': 'study.tests.title',
  '/study': 'study.mine.title',
  '/study/attempts/:attemptId': 'study.mine.title',
} as const;

export type PagePattern = keyof typeof PAGE_TITLES;

/** The title key of a location; an unknown path is the 404 page. */
export const pageTitleKey = (pathname: string): (typeof PAGE_TITLES)[PagePattern] | 'notFound.title' => {
  const pattern = (Object.keys(PAGE_TITLES) as PagePattern[]).find((p) => matchPath(p, pathname));
  return pattern ? PAGE_TITLES[pattern] : 'notFound.title';
};

/** Keeps `document.title` on 「<page> - 振兴」 for the current location and language. */
export const useDocumentTitle = (): void => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const page = t(pageTitleKey(pathname));
  const app = t('app.name');
  useEffect(() => {
    document.title = `${page} - ${app}`;
  }, [page, app]);
};
