import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Input, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { ExportButton } from '../../../app/components/excel/ExportButton';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { useDebounced } from '../../../app/use-debounced';
import { type VisitFilters, type VisitListItem, visitsApi } from './api';
import { VisitQueueBanner } from './VisitQueueBanner';

type Sort = NonNullable<VisitFilters['sort']>;
const sortOf = (key: string, order?: 'ascend' | 'descend' | null): Sort => {
  const field = key === 'problems' ? 'problemCount' : 'visitedOn';
  if (!order) return '-visitedOn';
  return (order === 'ascend' ? field : `-${field}`) as Sort;
};
const orderOf = (key: 'visitedOn' | 'problemCount', sort: Sort | undefined) => {
  const s = sort ?? '-visitedOn';
  if (s === key) return 'ascend' as const;
  if (s === `-${key}`) return 'descend' as const;
  return null;
};

/** 走访记录: the visits of the caller's area, newest first, with filters and Excel. */
export default function VisitsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const [filters, setFilters] = useState<VisitFilters>({ page: 1, pageSize: 20 });
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const query: VisitFilters = { ...filters, q: q || undefined };
  const list = useQuery({
    queryKey: ['visitsVisit', 'list', query],
    queryFn: () => visitsApi.list(query),
    placeholderData: keepPreviousData,
  });
  const set = (patch: Partial<VisitFilters>) => setFilters((f) => ({ ...f, ...patch, page: 1 }));
  const filtered = Boolean(q || filters.regionCode || filters.from || filters.to || filters.withProblems);
  const columns: ColumnsType<VisitListItem> = [
    {
      key: 'visitedOn',
      title: t('visitsVisit.cols.visitedOn'),
      sorter: true,
      sortOrder: orderOf('visitedOn', filters.sort),
      render: (_, v) => (
        <Link
          to={`/visits/${v.id}`}
          style={{ textDecoration: 'underline', color: 'inherit' }}
          data-testid="visit-link"
        >
          {v.visitedOn}
        </Link>
      ),
    },
    {
      key: 'household',
      title: t('visitsVisit.cols.household'),
      render: (_, v) => `${v.headName ?? '—'} · ${v.householdNo}`,
    },
    { key: 'region', title: t('visitsVisit.cols.region'), render: (_, v) => v.regionName },
    { key: 'visitor', title: t('visitsVisit.cols.visitor'), render: (_, v) => v.visitorName },
    {
      key: 'problems',
      title: t('visitsVisit.cols.problems'),
      sorter: true,
      sortOrder: orderOf('problemCount', filters.sort),
      render: (_, v) => v.problemCount,
    },
    { key: 'solved', title: t('visitsVisit.cols.solved'), render: (_, v) => v.solvedCount },
    { key: 'passedOn', title: t('visitsVisit.cols.passedOn'), render: (_, v) => v.passedOnCount },
  ];
  const problemOptions = [
    { value: '', label: `${t('visitsVisit.list.withProblems')}：${t('visitsVisit.list.all')}` },
    { value: 'true', label: t('visitsVisit.list.onlyProblems') },
    { value: 'false', label: t('visitsVisit.list.noProblems') },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('visitsVisit.listTitle')}
        </Typography.Title>
        {can(me.role, 'visits.record') && (
          <Link to="/visits/new">
            <Button type="primary" icon={<PlusOutlined />} tabIndex={-1} data-testid="visit-new">
              {t('visitsVisit.newVisit')}
            </Button>
          </Link>
        )}
      </Flex>
      <VisitQueueBanner />
      <Flex wrap gap={8} align="center">
        <div style={{ width: 'min(100%, 220px)' }}>
          <RegionPicker
            aria-label={t('visitsVisit.list.region')}
            value={filters.regionCode}
            onChange={(regionCode) => set({ regionCode })}
            data-testid="visits-region"
          />
        </div>
        <Input
          type="date"
          aria-label={t('visitsVisit.list.from')}
          value={filters.from ?? ''}
          onChange={(e) => set({ from: e.target.value || undefined })}
          style={{ width: 160 }}
        />
        <Input
          type="date"
          aria-label={t('visitsVisit.list.to')}
          value={filters.to ?? ''}
          onChange={(e) => set({ to: e.target.value || undefined })}
          style={{ width: 160 }}
        />
        <Select
          aria-label={t('visitsVisit.list.withProblems')}
          value={filters.withProblems ?? ''}
          onChange={(v) => set({ withProblems: (v || undefined) as VisitFilters['withProblems'] })}
          options={problemOptions}
          style={{ width: 140 }}
        />
        <Input.Search
          allowClear
          aria-label={t('visitsVisit.list.search')}
          placeholder={t('visitsVisit.list.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setFilters((f) => ({ ...f, page: 1 }));
          }}
          style={{ width: 'min(100%, 240px)' }}
          data-testid="visits-search"
        />
        <ExportButton url={() => visitsApi.exportUrl(query)} testId="visits-export" />
      </Flex>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} />}
      <ResponsiveTable<VisitListItem>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        phoneColumns={['visitedOn', 'household', 'problems']}
        dataSource={list.data?.items ?? []}
        locale={{
          emptyText: (
            <Empty
              description={filtered ? t('visitsVisit.list.emptyFiltered') : t('visitsVisit.list.empty')}
            />
          ),
        }}
        pagination={{
          current: list.data?.page ?? 1,
          pageSize: list.data?.pageSize ?? 20,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
        }}
        onChange={(pagination, _filters, sorter) => {
          const one = Array.isArray(sorter) ? sorter[0] : sorter;
          const sort = sortOf(String(one?.columnKey ?? ''), one?.order);
          setFilters((f) =>
            sort === (f.sort ?? '-visitedOn')
              ? { ...f, page: pagination.current ?? 1 }
              : { ...f, sort, page: 1 },
          );
        }}
        data-testid="visits-table"
      />
    </Flex>
  );
}
