import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { timeLimitSchema } from '../../../../contracts/api/events';

type TimeLimit = z.infer<typeof timeLimitSchema>;

export const STAGES = ['accept', 'village', 'township', 'acknowledge', 'handle', 'review'] as const;
export const UNITS = ['wd', 'd', 'h'] as const;

/** 「3 工作日」 for a limit. */
export const useLimitText = () => {
  const { t } = useTranslation();
  return (limit: TimeLimit | null | undefined) =>
    limit ? `${limit.amount} ${t(`eventsCatalogue.units.${limit.unit}`)}` : t('eventsCatalogue.noLimit');
};
