import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, InputNumber, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../../contracts/api/events-calendar';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { AddDayModal } from './AddDayModal';
import { calendarApi, calendarKey } from './api';

const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** 工作日历: a year's days off and make-up working days; the county administrator adds its own. */
export default function CalendarPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [adding, setAdding] = useState(false);
  const calendar = useQuery({ queryKey: [...calendarKey, year], queryFn: () => calendarApi.year(year) });
  const remove = useMutation({
    mutationFn: (id: string) => calendarApi.remove(id),
    onSuccess: async () => {
      message.success(t('eventsCalendar.removed'));
      await client.invalidateQueries({ queryKey: calendarKey });
    },
    onError: (error) => message.error(errorText(error)),
  });
  const mayEdit = can(me.role, 'events.catalogue');
  const weekdays = t('eventsCalendar.weekdays', { returnObjects: true }) as string[];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('eventsCalendar.title')}
        </Typography.Title>
        {mayEdit && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="calendar-add"
          >
            {t('eventsCalendar.add')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
          <label htmlFor="calendar-year">{t('eventsCalendar.year')}</label>
          <InputNumber
            id="calendar-year"
            min={2020}
            max={2100}
            precision={0}
            value={year}
            onChange={(v) => v && setYear(v)}
            data-testid="calendar-year"
          />
        </Flex>
        {calendar.data && !calendar.data.nationalKnown && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('eventsCalendar.unknownYear', { year })}
          />
        )}
        {calendar.isError && <Typography.Text type="danger">{errorText(calendar.error)}</Typography.Text>}
        <ResponsiveTable<CalendarDay>
          rowKey="day"
          size="small"
          loading={calendar.isFetching}
          dataSource={calendar.data?.days ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('eventsCalendar.empty') }}
          phoneColumns={['day', 'kind', 'actions']}
          columns={[
            { key: 'day', title: t('eventsCalendar.day'), dataIndex: 'day' },
            {
              key: 'weekday',
              title: t('eventsCalendar.weekday'),
              render: (_, d) => weekdays[weekdayOf(d.day)],
            },
            {
              key: 'kind',
              title: t('eventsCalendar.kind'),
              render: (_, d) => (
                <Tag color={d.kind === 'holiday' ? 'green' : 'blue'}>
                  {t(`eventsCalendar.kinds.${d.kind}`)}
                </Tag>
              ),
            },
            { key: 'name', title: t('eventsCalendar.name'), dataIndex: 'name' },
            {
              key: 'source',
              title: t('eventsCalendar.source'),
              render: (_, d) => t(`eventsCalendar.sources.${d.source}`),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_, d) =>
                mayEdit && d.id ? (
                  <Popconfirm
                    title={t('eventsCalendar.removeConfirm', { day: d.day, name: d.name })}
                    onConfirm={() => remove.mutate(d.id as string)}
                  >
                    <Button size="small" danger data-testid={`calendar-remove-${d.day}`}>
                      {t('eventsCalendar.remove')}
                    </Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('eventsCalendar.note')}
        </Typography.Paragraph>
      </Card>
      {adding && <AddDayModal onClose={() => setAdding(false)} />}
    </Flex>
  );
}
