import { Card, Empty, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HouseholdFlags } from '../../../../contracts/api/assess-flags';

/** 一户一档's red flags (红旗户): the household's nominations and awards. Hidden for roles that do not read them. */
export function HouseholdFlagsCard({ flags }: { flags: HouseholdFlags | null }) {
  const { t } = useTranslation();
  if (!flags) return null;
  return (
    <Card title={t('assessFlags.householdCard')} size="small" data-testid="profile-flags">
      {flags.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assessFlags.householdEmpty')} />
      ) : (
        <List
          size="small"
          dataSource={flags}
          renderItem={(f) => (
            <List.Item
              key={f.id}
              extra={
                <Tag color={f.status === 'awarded' ? 'red' : undefined}>
                  {t(`assessFlags.statuses.${f.status}`)}
                </Tag>
              }
            >
              {f.year} {f.kind}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
