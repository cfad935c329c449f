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
  '/points-propose': 'points.nav.propose',
  '/points-mine': 'points.nav.mine',
  '/points-shop': 'points.nav.shop',
  '/my-points': 'points.nav.my',
  '/points-reserve': 'points.nav.reserve',
  '/points-boards': 'points.nav.boards',
  '/points-rules': 'points.nav.rules',
  '/points': 'points.nav.accounts',
  '/events-board': 'eventsBoard.title',
  '/public/overdue/:countyCode': 'eventsBoard.public.title',
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
