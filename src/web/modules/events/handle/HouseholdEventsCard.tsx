import { Card, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HouseholdEvents } from '../../../../contracts/api/events-queue';
import { when } from './shared';

/** 一户一档's events: the household's reports, newest first, with status. Hidden for other roles. */
export function HouseholdEventsCard({ events }: { events: HouseholdEvents | null }) {
  const { t } = useTranslation();
  if (!events) return null;
  return (
    <Card
      title={t('eventsHandle.household.title')}
      size="small"
      data-testid="profile-events"
      extra={
        <Typography.Text type="secondary">
          {t('eventsHandle.household.total', { total: events.total })}
        </Typography.Text>
      }
    >
      {events.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('eventsHandle.household.empty')} />
      ) : (
        <List
          size="small"
          dataSource={events.items}
          renderItem={(e) => (
            <List.Item key={e.id} extra={<Tag color={e.overdue ? 'error' : undefined}>{e.statusLabel}</Tag>}>
              <Typography.Text type="secondary">{when(e.reportedAt).slice(0, 10)}</Typography.Text>{' '}
              {/* Underlined: a link inside a line of text must not rely on its colour alone. */}
              <Link to={`/events/${e.id}`} style={{ textDecoration: 'underline' }}>
                {e.title}
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
