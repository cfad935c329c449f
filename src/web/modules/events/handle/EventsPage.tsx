import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Flex, Input, Select, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { EventView } from '../../../../contracts/api/events';
import { EVENT_STATUSES } from '../../../../contracts/api/events';
import { EVENT_LIST_VIEWS, EVENT_SORTS } from '../../../../contracts/api/events-queue';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { type EventListQuery, eventsHandleApi, useEventList } from './api';
import { DueTag, when } from './shared';

type View = (typeof EVENT_LIST_VIEWS)[number];
const SOURCES = ['villager', 'grid_worker', 'staff', 'service', 'open311', 'visit'] as const;

/** 事件办理: the caller's queue by tab (待办 / 将到期 / 已超期 / 全部), filters, export. */
export default function EventsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const view = (EVENT_LIST_VIEWS as readonly string[]).includes(params.get('view') ?? '')
    ? (params.get('view') as View)
    : 'todo';
  const [filters, setFilters] = useState<EventListQuery>({ page: 1, pageSize: 20 });
  const query: EventListQuery = { ...filters, view };
  const list = useEventList(query);
  const set = (patch: EventListQuery) => setFilters((f) => ({ ...f, ...patch, page: 1 }));

  const columns: ColumnsType<EventView> = [
    {
      key: 'title',
      title: t('eventsHandle.cols.title'),
      render: (_, e) => (
        <Flex vertical gap={2}>
          <Link to={`/events/${e.id}`} data-testid="event-link">
            {e.title}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.number}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'category', title: t('eventsHandle.cols.category'), dataIndex: 'categoryName' },
    { key: 'region', title: t('eventsHandle.cols.region'), render: (_, e) => e.regionName ?? e.regionCode },
    { key: 'status', title: t('eventsHandle.cols.status'), render: (_, e) => <Tag>{e.statusLabel}</Tag> },
    { key: 'reportedAt', title: t('eventsHandle.cols.reportedAt'), render: (_, e) => when(e.reportedAt) },
    { key: 'dueAt', title: t('eventsHandle.cols.dueAt'), render: (_, e) => <DueTag event={e} /> },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('eventsHandle.title')}
      </Typography.Title>
      <Tabs
        activeKey={view}
        onChange={(v) => {
          setParams(v === 'todo' ? {} : { view: v });
          setFilters((f) => ({ ...f, page: 1 }));
        }}
        items={EVENT_LIST_VIEWS.map((v) => ({ key: v, label: t(`eventsHandle.tabs.${v}`) }))}
      />
      <Card size="small">
        <Flex wrap gap={8}>
          <Input.Search
            allowClear
            placeholder={t('eventsHandle.filters.q')}
            aria-label={t('eventsHandle.filters.q')}
            style={{ width: 200 }}
            onSearch={(q) => set({ q: q || undefined })}
            data-testid="events-q"
          />
          <Select
            allowClear
            placeholder={t('eventsHandle.filters.status')}
            aria-label={t('eventsHandle.filters.status')}
            style={{ width: 140 }}
            options={EVENT_STATUSES.filter((s) => s !== 'draft').map((s) => ({
              value: s,
              label: t(`eventsHandle.statuses.${s}`),
            }))}
            onChange={(status) => set({ status })}
          />
          <Input
            allowClear
            placeholder={t('eventsHandle.filters.category')}
            aria-label={t('eventsHandle.filters.category')}
            style={{ width: 120 }}
            onChange={(e) => set({ category: e.target.value.trim() || undefined })}
          />
          <Select
            allowClear
            placeholder={t('eventsHandle.filters.source')}
            aria-label={t('eventsHandle.filters.source')}
            style={{ width: 120 }}
            options={SOURCES.map((s) => ({ value: s, label: t(`eventsHandle.sources.${s}`) }))}
            onChange={(source) => set({ source })}
          />
          <div style={{ width: 220 }}>
            <RegionPicker
              value={filters.region}
              onChange={(region) => set({ region })}
              aria-label={t('eventsHandle.filters.region')}
            />
          </div>
          <DatePicker.RangePicker
            aria-label={t('eventsHandle.filters.from')}
            placeholder={[t('eventsHandle.filters.from'), t('eventsHandle.filters.to')]}
            onChange={(range) =>
              set({
                reportedFrom: range?.[0]?.format('YYYY-MM-DD'),
                reportedTo: range?.[1]?.format('YYYY-MM-DD'),
              })
            }
          />
          <Select
            value={filters.sort ?? 'reported-desc'}
            aria-label={t('eventsHandle.filters.sort')}
            style={{ width: 130 }}
            options={EVENT_SORTS.map((s) => ({ value: s, label: t(`eventsHandle.sorts.${s}`) }))}
            onChange={(sort) => set({ sort })}
          />
          <Button
            icon={<DownloadOutlined />}
            href={eventsHandleApi.exportUrl(query)}
            data-testid="events-export"
          >
            {t('eventsHandle.export')}
          </Button>
        </Flex>
      </Card>
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<EventView>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        phoneColumns={['title', 'dueAt']}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('eventsHandle.empty')} /> }}
        data-testid="events-table"
        pagination={{
          current: list.data?.page ?? 1,
          pageSize: list.data?.pageSize ?? 20,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
      />
    </Flex>
  );
}
