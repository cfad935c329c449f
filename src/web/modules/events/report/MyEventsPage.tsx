import { Alert, Button, Empty, Flex, List, Segmented, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyEvent } from '../../../../contracts/api/events-report';
import { useErrorText } from '../../../app/errors';
import { MyEventCard } from './MyEventCard';
import { QueueBanner } from './QueueBanner';
import { useMyEvents } from './queries';
import { startReportSync } from './sync';

const RELATIONS = ['all', 'reported', 'followed'] as const;
const PAGE_SIZE = 10;

/** 我的上报: my reports and the ones I follow, newest first, with the ones still on the phone on top. */
export default function MyEventsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [relation, setRelation] = useState<(typeof RELATIONS)[number]>('all');
  const [page, setPage] = useState(1);
  const list = useMyEvents({ relation, page, pageSize: PAGE_SIZE });
  useEffect(startReportSync, []);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('eventsReport.nav.mine')}
        </Typography.Title>
        <Link to="/events-report">
          <Button type="primary">{t('eventsReport.nav.report')}</Button>
        </Link>
      </Flex>
      <QueueBanner />
      <Segmented
        value={relation}
        aria-label={t('eventsReport.filter')}
        options={RELATIONS.map((r) => ({ value: r, label: t(`eventsReport.relation.${r}`) }))}
        onChange={(v) => {
          setRelation(v as (typeof RELATIONS)[number]);
          setPage(1);
        }}
        data-testid="my-events-filter"
      />
      {list.isError && <Alert type="error" title={errorText(list.error)} />}
      <List<MyEvent>
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('eventsReport.empty')} /> }}
        renderItem={(e) => (
          <List.Item style={{ paddingInline: 0 }}>
            <div style={{ width: '100%' }}>
              <MyEventCard event={e} />
            </div>
          </List.Item>
        )}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: setPage,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
    </Flex>
  );
}
