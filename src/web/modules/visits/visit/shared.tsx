import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { labourCapacity, povertyStatus } from '../../../../contracts/registry/enums';
import { useCoded } from '../../../app/components/use-coded';

// Labels shared by the form's summary, the visit page and the lists.

/** A corrected value as people read it (codes named, yes/no, empty as （空）). */
export const useShowValue = () => {
  const { t } = useTranslation();
  const coded = useCoded();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('visitsVisit.empty');
    if (field === 'povertyStatus') return coded.label(povertyStatus, String(value));
    if (field === 'labour') return coded.label(labourCapacity, String(value));
    if (field === 'relocated') return value ? t('visitsVisit.yes') : t('visitsVisit.no');
    if (field === 'members') {
      if (value === 'new') return t('visitsVisit.members.newTag');
      if (value === 'member') return t('visitsVisit.fields.members');
      const reasons = ['died', 'moved_out', 'married_out', 'other'] as const;
      const reason = reasons.find((r) => r === value);
      return reason
        ? t('visitsVisit.members.leftTag', { reason: t(`visitsVisit.members.reasons.${reason}`) })
        : String(value);
    }
    if (typeof value === 'number') return value.toLocaleString();
    if (typeof value === 'boolean') return value ? t('visitsVisit.yes') : t('visitsVisit.no');
    return String(value);
  };
};

/** The name of a corrected field; unknown names as they are. */
export const useFieldLabel = () => {
  const { t, i18n } = useTranslation();
  return (field: string): string => {
    const key = `visitsVisit.fields.${field}`;
    return i18n.exists(key) ? t(key as 'visitsVisit.fields.health') : field;
  };
};

const COLORS = { clear: 'green', corrected: 'blue', problem: 'orange' } as const;

export function StatusTag({ status }: { status: 'clear' | 'corrected' | 'problem' }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`visitsVisit.statusShort.${status}`)}</Tag>;
}
