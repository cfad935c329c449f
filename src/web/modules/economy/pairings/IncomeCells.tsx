import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type PairingIncome, yuanOf } from './api';

/** An amount in 元, or "无台账" when the village has no account for that year. */
export function Yuan({ fen }: { fen: number | null | undefined }) {
  const { t } = useTranslation();
  const value = yuanOf(fen);
  return value === null ? (
    <Typography.Text type="secondary">{t('econPairings.noAccount')}</Typography.Text>
  ) : (
    <span>{t('econPairings.yuan', { value })}</span>
  );
}

/** The change of the weak village's income since the pairing began, signed (plain text keeps AA contrast). */
export function IncomeChange({ income }: { income: PairingIncome }) {
  const { t } = useTranslation();
  if (income.changeFen === null) return <span>{t('econPairings.none')}</span>;
  const sign = income.changeFen > 0 ? '+' : '';
  return (
    <Typography.Text strong>
      {sign}
      {t('econPairings.yuan', { value: yuanOf(income.changeFen) })}
    </Typography.Text>
  );
}
