import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { assessCadresEn, assessCadresZh } from '../../modules/assessments/cadres/messages';
import { assessCampaignEn, assessCampaignZh } from '../../modules/assessments/campaign/messages';
import { assessChecklistEn, assessChecklistZh } from '../../modules/assessments/checklist/messages';
import { assessCriteriaEn, assessCriteriaZh } from '../../modules/assessments/criteria/messages';
import { assessFlagsEn, assessFlagsZh } from '../../modules/assessments/flags/messages';
import { assessReportsEn, assessReportsZh } from '../../modules/assessments/reports/messages';
import { assessWeakEn, assessWeakZh } from '../../modules/assessments/weak/messages';
import { auditEn, auditZh } from '../../modules/audit/messages';
import { cadresEn, cadresZh } from '../../modules/cadres/messages';
import { disclosureEn, disclosureZh } from '../../modules/disclosure/messages';
import { econAccountsEn, econAccountsZh } from '../../modules/economy/accounts/messages';
import { econAssetsEn, econAssetsZh } from '../../modules/economy/assets/messages';
import { econPairingsEn, econPairingsZh } from '../../modules/economy/pairings/messages';
import { econPlansEn, econPlansZh } from '../../modules/economy/plans/messages';
import { econProjectsEn, econProjectsZh } from '../../modules/economy/projects/messages';
import { econViewsEn, econViewsZh } from '../../modules/economy/views/messages';
import { eventsBoardEn, eventsBoardZh } from '../../modules/events/board/messages';
import { eventsCalendarEn, eventsCalendarZh } from '../../modules/events/calendar/messages';
import { eventsCatalogueEn, eventsCatalogueZh } from '../../modules/events/catalogue/messages';
import { eventsHandleEn, eventsHandleZh } from '../../modules/events/handle/messages';
import { eventsOpen311En, eventsOpen311Zh } from '../../modules/events/open311/messages';
import { eventsReportEn, eventsReportZh } from '../../modules/events/report/messages';
import {
  dashboardEn,
  dashboardZh,
  figureMapsEn,
  figureMapsZh,
  figureReportsEn,
  figureReportsZh,
  figuresEn,
  figuresZh,
} from '../../modules/figures/messages';
import { gridsEn, gridsZh } from '../../modules/grids/messages';
import { householdsEn, householdsZh } from '../../modules/households/messages';
import { membersEn, membersZh } from '../../modules/members/messages';
import { orgEn, orgZh } from '../../modules/org/messages';
import { pointsEn, pointsZh } from '../../modules/points/messages';
import { regionsEn, regionsZh } from '../../modules/regions/messages';
import { studyEn, studyZh } from '../../modules/study/messages';
import { talentsEn, talentsZh } from '../../modules/talents/messages';
import { usersEn, usersZh } from '../../modules/users/messages';
import { visitsCasesEn, visitsCasesZh } from '../../modules/visits/cases/messages';
import { visitsCluesEn, visitsCluesZh } from '../../modules/visits/clues/messages';
import { visitsContactsEn, visitsContactsZh } from '../../modules/visits/contacts/messages';
import { visitsMonitoringEn, visitsMonitoringZh } from '../../modules/visits/monitoring/messages';
import { visitsReportsEn, visitsReportsZh } from '../../modules/visits/reports/messages';
import { visitsVisitEn, visitsVisitZh } from '../../modules/visits/visit/messages';
import { shellEn } from './shell-en';
import { shellZh } from './shell-zh';

export const messagesZh = {
  ...shellZh,
  regions: regionsZh,
  users: usersZh,
  audit: auditZh,
  org: orgZh,
  members: membersZh,
  cadres: cadresZh,
  grids: gridsZh,
  talents: talentsZh,
  households: householdsZh,
  points: pointsZh,
  eventsHandle: eventsHandleZh,
  eventsCatalogue: eventsCatalogueZh,
  eventsOpen311: eventsOpen311Zh,
  eventsCalendar: eventsCalendarZh,
  eventsBoard: eventsBoardZh,
  eventsReport: eventsReportZh,
  assessCriteria: assessCriteriaZh,
  assessCampaign: assessCampaignZh,
  assessFlags: assessFlagsZh,
  assessChecklist: assessChecklistZh,
  assessWeak: assessWeakZh,
  assessCadres: assessCadresZh,
  assessReports: assessReportsZh,
  econAccounts: econAccountsZh,
  econAssets: econAssetsZh,
  econPlans: econPlansZh,
  econPairings: econPairingsZh,
  econProjects: econProjectsZh,
  econViews: econViewsZh,
  visitsVisit: visitsVisitZh,
  visitsMonitoring: visitsMonitoringZh,
  visitsClues: visitsCluesZh,
  visitsCases: visitsCasesZh,
  visitsContacts: visitsContactsZh,
  visitsReports: visitsReportsZh,
  figures: figuresZh,
  dashboard: dashboardZh,
  figureReports: figureReportsZh,
  figureMaps: figureMapsZh,
  disclosure: disclosureZh,
  study: studyZh,
};
export const messagesEn: typeof messagesZh = {
  ...shellEn,
  regions: regionsEn,
  users: usersEn,
  audit: auditEn,
  org: orgEn,
  members: membersEn,
  cadres: cadresEn,
  grids: gridsEn,
  talents: talentsEn,
  households: householdsEn,
  points: pointsEn,
  eventsHandle: eventsHandleEn,
  eventsCatalogue: eventsCatalogueEn,
  eventsOpen311: eventsOpen311En,
  eventsCalendar: eventsCalendarEn,
  eventsBoard: eventsBoardEn,
  eventsReport: eventsReportEn,
  assessCriteria: assessCriteriaEn,
  assessCampaign: assessCampaignEn,
  assessFlags: assessFlagsEn,
  assessChecklist: assessChecklistEn,
  assessWeak: assessWeakEn,
  assessCadres: assessCadresEn,
  assessReports: assessReportsEn,
  econAccounts: econAccountsEn,
  econAssets: econAssetsEn,
  econPlans: econPlansEn,
  econPairings: econPairingsEn,
  econProjects: econProjectsEn,
  econViews: econViewsEn,
  visitsVisit: visitsVisitEn,
  visitsMonitoring: visitsMonitoringEn,
  visitsClues: visitsCluesEn,
  visitsCases: visitsCasesEn,
  visitsContacts: visitsContactsEn,
  visitsReports: visitsReportsEn,
  figures: figuresEn,
  dashboard: dashboardEn,
  figureReports: figureReportsEn,
  figureMaps: figureMapsEn,
  disclosure: disclosureEn,
  study: studyEn,
};

export type Lang = 'zh-CN' | 'en';
export const LANG_KEY = 'zx.lang';

export const storedLang = (): Lang => {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
};

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: messagesZh }, en: { translation: messagesEn } },
  lng: storedLang(),
  fallbackLng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false },
});

export default i18n;
