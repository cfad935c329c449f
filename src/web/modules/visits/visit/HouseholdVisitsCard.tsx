import { Card, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HouseholdVisits } from '../../../../contracts/api/visits';

/** 一户一档's visits: how many, and the latest with their problems. Hidden for roles without visits.read. */
export function HouseholdVisitsCard({ visits }: { visits: HouseholdVisits | null | undefined }) {
  const { t } = useTranslation();
  if (!visits) return null;
  return (
    <Card
      title={t('visitsVisit.household.title')}
      size="small"
      data-testid="profile-visits"
      extra={
        <Typography.Text type="secondary">
          {t('visitsVisit.household.total', { total: visits.total })}
        </Typography.Text>
      }
    >
      {visits.recent.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visitsVisit.household.empty')} />
      ) : (
        <List
          size="small"
          dataSource={visits.recent}
          renderItem={(v) => (
            <List.Item
              key={v.id}
              extra={
                v.problemCount > 0 ? (
                  <Tag color="orange">{t('visitsVisit.household.problems', { count: v.problemCount })}</Tag>
                ) : undefined
              }
            >
              <Link to={`/visits/${v.id}`} style={{ textDecoration: 'underline' }}>
                {v.visitedOn}
              </Link>{' '}
              <Typography.Text type="secondary">{v.visitorName}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
