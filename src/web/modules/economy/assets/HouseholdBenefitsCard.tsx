import { Card, Empty, List } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HouseholdEconomyBenefits } from '../../../../contracts/api/economy-assets';
import { formatYuan } from './api';

/** 一户一档's 利益联结: the household's dividends and jobs from the collective. Hidden for roles that do not read the economy. */
export function HouseholdBenefitsCard({
  benefits,
}: {
  benefits: HouseholdEconomyBenefits | null | undefined;
}) {
  const { t } = useTranslation();
  if (!benefits) return null;
  return (
    <Card title={t('econAssets.householdCard')} size="small" data-testid="profile-economy-benefits">
      {benefits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('econAssets.householdEmpty')} />
      ) : (
        <List
          size="small"
          dataSource={benefits}
          renderItem={(b) => (
            <List.Item
              key={b.id}
              extra={
                b.amountFen > 0
                  ? t('econAssets.householdAmount', { amount: formatYuan(b.amountFen) })
                  : b.jobs
                    ? t('econAssets.householdJobs', { jobs: b.jobs })
                    : undefined
              }
            >
              {t('econAssets.householdItem', { year: b.year, kind: t(`econAssets.benefitKinds.${b.kind}`) })}
              {b.entityName ? ` · ${b.entityName}` : ''}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
