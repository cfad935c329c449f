import { useTranslation } from 'react-i18next';
import type { Department, RegionLevel, Role } from '../../contracts/roles';
import { DEPARTMENT_LABELS, ROLE_LABELS } from '../../contracts/roles';

/** Role and department names come from the shared contract tables, in the current language. */
export const useLabels = () => {
  const { t, i18n } = useTranslation();
  const key = i18n.language === 'en' ? 'en' : 'zh';
  return {
    role: (role: Role | string | null | undefined): string =>
      role && role in ROLE_LABELS ? ROLE_LABELS[role as Role][key] : (role ?? ''),
    department: (dept: Department | null | undefined): string => (dept ? DEPARTMENT_LABELS[dept][key] : ''),
    level: (level: RegionLevel): string => t(`levels.${level}`),
    /** A name the server sends in both languages ({ zh, en }), or the fallback when it has none. */
    text: (name: { zh: string; en: string } | null | undefined, fallback = ''): string =>
      name ? name[key] : fallback,
  };
};
