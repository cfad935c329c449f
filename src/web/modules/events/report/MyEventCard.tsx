import { Button, Card, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyEvent } from '../../../../contracts/api/events-report';
import { EventHistory } from './EventHistory';
import { useEventChange } from './queries';
import { RateForm } from './RateForm';

const STATUS_COLOR: Partial<Record<MyEvent['status'], string>> = {
  draft: 'default',
  reported: 'orange',
  closed: 'green',
  rated: 'green',
  returned: 'red',
  merged: 'default',
  withdrawn: 'default',
};

/** One of my reports: status at a glance; a tap shows its history, and the rating when closed. */
export function MyEventCard({ event }: { event: MyEvent }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const change = useEventChange();
  const mine = event.relation === 'reported';
  return (
    <Card size="small" data-testid={`my-event-${event.number}`}>
      <Flex vertical gap={6}>
        <Flex justify="space-between" gap={8} align="start">
          <Typography.Text strong style={{ minWidth: 0 }}>
            {event.title}
          </Typography.Text>
          <Tag color={STATUS_COLOR[event.status] ?? 'blue'} data-testid="my-event-status">
            {event.statusLabel}
          </Tag>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {event.number} · {event.categoryName} ·{' '}
          {t('eventsReport.reportedAt', { date: dayjs(event.reportedAt).format('YYYY-MM-DD') })}
        </Typography.Text>
        <Flex gap={8} wrap align="center">
          {!mine && <Tag color="blue">{t('eventsReport.followedTag')}</Tag>}
          {event.followers > 0 && (
            <Typography.Text type="secondary">
              {t('eventsReport.followers', { count: event.followers })}
            </Typography.Text>
          )}
          {event.rating != null && (
            <Tag color="gold">{t('eventsReport.rated', { rating: event.rating })}</Tag>
          )}
          <Button
            size="small"
            type="link"
            onClick={() => setOpen(!open)}
            data-testid="my-event-toggle"
            aria-expanded={open}
          >
            {t('eventsReport.details')}
          </Button>
          {!mine && (
            <Button
              size="small"
              loading={change.isPending}
              onClick={() => change.mutate({ kind: 'unfollow', eventId: event.id })}
            >
              {t('eventsReport.unfollow')}
            </Button>
          )}
        </Flex>
        {open && <EventHistory eventId={event.id} mine={mine} />}
        {mine && event.status === 'closed' && <RateForm eventId={event.id} />}
      </Flex>
    </Card>
  );
}
