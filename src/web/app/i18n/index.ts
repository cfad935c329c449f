import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { auditEn, auditZh } from '../../modules/audit/messages';
import { cadresEn, cadresZh } from '../../modules/cadres/messages';
import { eventsBoardEn, eventsBoardZh } from '../../modules/events/board/messages';
import { gridsEn, gridsZh } from '../../modules/grids/messages';
import { householdsEn, householdsZh } from '../../modules/households/messages';
import { membersEn, membersZh } from '../../modules/members/messages';
import { orgEn, orgZh } from '../../modules/org/messages';
import { pointsEn, pointsZh } from '../../modules/points/messages';
import { regionsEn, regionsZh } from '../../modules/regions/messages';
import { talentsEn, talentsZh } from '../../modules/talents/messages';
import { usersEn, usersZh } from '../../modules/users/messages';
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
  eventsBoard: eventsBoardZh,
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
  eventsBoard: eventsBoardEn,
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
