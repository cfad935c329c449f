import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Empty, Flex, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { WEAK_STATUSES, type WeakItem, type WeakStatusName } from '../../../../contracts/api/assess-weak';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { useWeakList, useWeakMutation, type WeakListQuery, weakApi } from './api';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);

/** 软弱涣散整顿台账: by year, state, township and overdue; Excel export; the county carries over. */
export default function WeakListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<WeakListQuery>({
    page: 1,
    pageSize: 20,
    status: (WEAK_STATUSES as readonly string[]).includes(params.get('status') ?? '')
      ? (params.get('status') as WeakStatusName)
      : undefined,
    overdue: params.get('overdue') === 'true' ? 'true' : undefined,
  });
  const list = useWeakList(filters);
  const carry = useWeakMutation((fromYear: number) => weakApi.carryOver(fromYear));
  const set = (patch: WeakListQuery) => setFilters((f) => ({ ...f, ...patch, page: 1 }));

  const columns: ColumnsType<WeakItem> = [
    {
      key: 'village',
      title: t('assessWeak.cols.village'),
      render: (_, w) => (
        <Flex vertical gap={2}>
          <Link to={`/assess/weak/${w.id}`} style={{ textDecoration: 'underline' }} data-testid="weak-link">
            {w.regionName}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[w.townshipName, w.situations.join('、')].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'year', title: t('assessWeak.cols.year'), dataIndex: 'year' },
    {
      key: 'status',
      title: t('assessWeak.cols.status'),
      render: (_, w) => <Tag>{t(`assessWeak.statuses.${w.status}`)}</Tag>,
    },
    { key: 'leader', title: t('assessWeak.cols.leader'), render: (_, w) => w.leaderName ?? '—' },
    {
      key: 'progress',
      title: t('assessWeak.cols.progress'),
      render: (_, w) => (
        <Flex gap={4} wrap>
          <span>
            {w.measuresDone}/{w.measuresTotal}
          </span>
          {w.overdueMeasures > 0 && (
            <Tag color="error">{t('assessWeak.overdue', { count: w.overdueMeasures })}</Tag>
          )}
        </Flex>
      ),
    },
    { key: 'deadline', title: t('assessWeak.cols.deadline'), render: (_, w) => w.deadline ?? '—' },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('assessWeak.title')}
      </Typography.Title>
      <Card size="small">
        <Flex wrap gap={8} align="center">
          <Select
            allowClear
            placeholder={t('assessWeak.filters.year')}
            aria-label={t('assessWeak.filters.year')}
            style={{ width: 100 }}
            options={YEARS.map((y) => ({ value: y, label: String(y) }))}
            onChange={(year) => set({ year })}
          />
          <Select
            allowClear
            value={filters.status}
            placeholder={t('assessWeak.filters.status')}
            aria-label={t('assessWeak.filters.status')}
            style={{ width: 150 }}
            options={WEAK_STATUSES.map((s) => ({ value: s, label: t(`assessWeak.statuses.${s}`) }))}
            onChange={(status) => set({ status })}
          />
          <div style={{ width: 200 }}>
            <RegionPicker
              value={filters.township}
              onChange={(township) => set({ township })}
              allowedLevels={['township']}
              aria-label={t('assessWeak.filters.township')}
            />
          </div>
          <Checkbox
            checked={filters.overdue === 'true'}
            onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}
            data-testid="weak-overdue"
          >
            {t('assessWeak.filters.overdue')}
          </Checkbox>
          <Button icon={<DownloadOutlined />} href={weakApi.exportUrl(filters)} data-testid="weak-export">
            {t('assessWeak.export')}
          </Button>
          {me.role === 'county_admin' && can(me.role, 'assess.weak') && (
            <Button
              loading={carry.isPending}
              onClick={() =>
                carry.mutate(thisYear - 1, {
                  onSuccess: (r) => void message.success(t('assessWeak.carried', { count: r.carried })),
                  onError: (e) => void message.error(errorText(e)),
                })
              }
            >
              {t('assessWeak.carryOver')}
            </Button>
          )}
        </Flex>
      </Card>
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<WeakItem>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        phoneColumns={['village', 'status', 'progress']}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('assessWeak.empty')} /> }}
        data-testid="weak-table"
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
