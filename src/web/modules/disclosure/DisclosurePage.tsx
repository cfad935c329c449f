import { PlusOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Input, Select, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { levelOfCode } from '../../../contracts/region-code';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { RegionPicker } from '../../app/components/RegionPicker';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useErrorText } from '../../app/errors';
import { useDebounced } from '../../app/use-debounced';
import { disclosureApi, type ItemFilters, type ItemRow } from './api';
import { GenerateButton } from './GenerateButton';
import { day, StatusTag, yearOptions } from './shared';

const STATUSES = ['draft', 'pending', 'returned', 'published', 'corrected', 'withdrawn'] as const;
const TABS = ['all', 'pending', 'returned'] as const;

/** 村务公开: the items of the caller's area; the township's 待审核 and the village's 被退回 as tabs. */
export default function DisclosurePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('status') ?? '')
    ? params.get('status')!
    : 'all';
  const [filters, setFilters] = useState<ItemFilters>({ page: 1, pageSize: 20 });
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const query: ItemFilters = {
    ...filters,
    q: q || undefined,
    status: tab === 'all' ? filters.status : (tab as ItemFilters['status']),
  };
  const list = useQuery({
    queryKey: ['disclosure', 'list', query],
    queryFn: () => disclosureApi.list(query),
  });
  const kinds = useQuery({ queryKey: ['disclosure', 'kinds'], queryFn: disclosureApi.kinds });
  const set = (patch: Partial<ItemFilters>) => setFilters((f) => ({ ...f, ...patch, page: 1 }));
  const mayDraft = can(me.role, 'disclosure.draft');
  const ownVillage = levelOfCode(me.scopeCode) === 'village' ? me.scopeCode : undefined;
  const boardVillage =
    filters.regionCode && levelOfCode(filters.regionCode) === 'village' ? filters.regionCode : ownVillage;
  const all = t('disclosure.filters.all');
  const columns: ColumnsType<ItemRow> = [
    {
      key: 'title',
      title: t('disclosure.cols.title'),
      render: (_, r) => (
        <Link
          to={`/disclosure/${r.id}`}
          style={{ textDecoration: 'underline', color: 'inherit' }}
          data-testid="disclosure-link"
        >
          {r.title}
        </Link>
      ),
    },
    { key: 'status', title: t('disclosure.cols.status'), render: (_, r) => <StatusTag status={r.status} /> },
    { key: 'village', title: t('disclosure.cols.village'), render: (_, r) => r.villageName ?? r.regionCode },
    { key: 'kind', title: t('disclosure.cols.kind'), render: (_, r) => r.kindName },
    { key: 'period', title: t('disclosure.cols.period'), render: (_, r) => r.period },
    {
      key: 'version',
      title: t('disclosure.cols.version'),
      render: (_, r) => `${r.version} · ${t(`disclosure.changes.${r.change}`)}`,
    },
    { key: 'published', title: t('disclosure.cols.published'), render: (_, r) => day(r.publishedAt) },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('disclosure.title')}
        </Typography.Title>
        <Flex wrap gap={8}>
          {mayDraft && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/disclosure/new')}
              data-testid="disclosure-new"
            >
              {t('disclosure.create')}
            </Button>
          )}
          {mayDraft && <GenerateButton villageCode={ownVillage} />}
          {boardVillage && (
            <Button
              icon={<QrcodeOutlined />}
              onClick={() => navigate(`/disclosure-print/${boardVillage}`)}
              data-testid="disclosure-print"
            >
              {t('disclosure.printCode')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          setParams(key === 'all' ? {} : { status: key }, { replace: true });
          set({ status: undefined });
        }}
        items={TABS.map((key) => ({ key, label: t(`disclosure.tabs.${key}`) }))}
      />
      <Flex wrap gap={8} align="center">
        {!ownVillage && (
          <div style={{ width: 'min(100%, 220px)' }}>
            <RegionPicker
              aria-label={t('disclosure.filters.village')}
              allowedLevels={['township', 'village']}
              value={filters.regionCode}
              onChange={(code) => set({ regionCode: code })}
            />
          </div>
        )}
        <Select
          aria-label={t('disclosure.filters.kind')}
          value={filters.kindId ?? ''}
          onChange={(v) => set({ kindId: v || undefined })}
          options={[
            { value: '', label: `${t('disclosure.filters.kind')}：${all}` },
            ...(kinds.data?.items ?? []).map((k) => ({ value: k.id, label: k.name })),
          ]}
          style={{ width: 160 }}
        />
        {tab === 'all' && (
          <Select
            aria-label={t('disclosure.filters.status')}
            value={filters.status ?? ''}
            onChange={(v) => set({ status: (v || undefined) as ItemFilters['status'] })}
            options={[
              { value: '', label: `${t('disclosure.filters.status')}：${all}` },
              ...STATUSES.map((s) => ({ value: s, label: t(`disclosure.statuses.${s}`) })),
            ]}
            style={{ width: 130 }}
          />
        )}
        <Select
          aria-label={t('disclosure.filters.year')}
          value={filters.year ?? 0}
          onChange={(v) => set({ year: v || undefined })}
          options={[
            { value: 0, label: `${t('disclosure.filters.year')}：${all}` },
            ...yearOptions().map((y) => ({ value: y, label: String(y) })),
          ]}
          style={{ width: 120 }}
        />
        <Input.Search
          allowClear
          aria-label={t('disclosure.filters.search')}
          placeholder={t('disclosure.filters.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setFilters((f) => ({ ...f, page: 1 }));
          }}
          style={{ width: 'min(100%, 240px)' }}
        />
      </Flex>
      {list.isError && <Alert type="error" showIcon message={errorText(list.error)} />}
      <ResponsiveTable<ItemRow>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        phoneColumns={['title', 'status']}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('disclosure.empty')} /> }}
        pagination={{
          current: list.data?.page ?? 1,
          pageSize: list.data?.pageSize ?? 20,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
        }}
        onChange={(p) => setFilters((f) => ({ ...f, page: p.current ?? 1 }))}
      />
    </Flex>
  );
}
