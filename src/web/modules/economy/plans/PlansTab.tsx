import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Input, Popconfirm, Select, Space, Switch, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EconomyPlan } from '../../../../contracts/api/economy-plans';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { type PlansQuery, plansApi, usePlans, usePlansMutation, yuan } from './api';
import { PlanFormModal } from './PlanFormModal';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 8 }, (_, i) => thisYear + 2 - i);

/** 一村一方案: the plans of the villages in scope, searchable, with add, edit, delete and restore. */
export function PlansTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const writes = can(me.role, 'economy.plans');
  const [query, setQuery] = useState<PlansQuery>({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<EconomyPlan | null | undefined>(undefined);
  const list = usePlans(query);
  const remove = usePlansMutation((id: string) => plansApi.deletePlan(id));
  const restore = usePlansMutation((id: string) => plansApi.restorePlan(id));
  const set = (patch: PlansQuery) => setQuery((q) => ({ ...q, ...patch, page: 1 }));
  const deleted = query.deleted === 'true';
  const done = (text: string) => ({
    onSuccess: () => void message.success(text),
    onError: (e: unknown) => void message.error(errorText(e)),
  });

  const columns: ColumnsType<EconomyPlan> = [
    {
      key: 'village',
      title: t('econPlans.plans.cols.village'),
      render: (_, p) => (
        <Flex vertical gap={2}>
          <span>{p.regionName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.townshipName}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'title', title: t('econPlans.plans.cols.title'), dataIndex: 'title' },
    {
      key: 'period',
      title: t('econPlans.plans.cols.period'),
      render: (_, p) => `${p.startYear}–${p.endYear}`,
    },
    {
      key: 'targets',
      title: t('econPlans.plans.cols.targets'),
      render: (_, p) =>
        p.targets.length ? p.targets.map((x) => `${x.year}: ${yuan(x.operatingFen)}`).join('；') : '—',
    },
    { key: 'project', title: t('econPlans.plans.cols.project'), render: (_, p) => p.ledProjectTitle ?? '—' },
    {
      key: 'actions',
      title: t('econPlans.plans.cols.actions'),
      render: (_, p) =>
        !writes ? null : deleted ? (
          <Button size="small" onClick={() => restore.mutate(p.id, done(t('econPlans.plans.restored')))}>
            {t('econPlans.plans.restore')}
          </Button>
        ) : (
          <Space wrap>
            <Button size="small" onClick={() => setEditing(p)}>
              {t('common.edit')}
            </Button>
            <Popconfirm
              title={t('econPlans.plans.deleteConfirm', { title: p.title })}
              onConfirm={() => remove.mutate(p.id, done(t('econPlans.plans.deleted')))}
            >
              <Button size="small" danger>
                {t('econPlans.plans.delete')}
              </Button>
            </Popconfirm>
          </Space>
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex wrap gap={8} align="center">
          <Input.Search
            allowClear
            placeholder={t('econPlans.plans.search')}
            aria-label={t('econPlans.plans.search')}
            style={{ width: 220 }}
            onSearch={(q) => set({ q: q || undefined })}
          />
          <Select
            allowClear
            placeholder={t('econPlans.plans.coveringYear')}
            aria-label={t('econPlans.plans.coveringYear')}
            style={{ width: 120 }}
            options={YEARS.map((y) => ({ value: y, label: String(y) }))}
            onChange={(year) => set({ year })}
          />
          <div style={{ width: 200 }}>
            <RegionPicker
              value={query.regionCode}
              onChange={(regionCode) => set({ regionCode })}
              aria-label={t('econPlans.plans.cols.village')}
            />
          </div>
          <Space>
            <Switch
              checked={deleted}
              onChange={(on) => set({ deleted: on ? 'true' : undefined })}
              aria-label={t('econPlans.plans.showDeleted')}
              data-testid="plans-deleted"
            />
            <span>{t('econPlans.plans.showDeleted')}</span>
          </Space>
          {writes && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing(null)}
              data-testid="plan-add"
            >
              {t('econPlans.plans.add')}
            </Button>
          )}
        </Flex>
      </Card>
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<EconomyPlan>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        phoneColumns={['village', 'title', 'actions']}
        dataSource={list.data?.items ?? []}
        locale={{
          emptyText: (
            <Empty description={t(deleted ? 'econPlans.plans.emptyDeleted' : 'econPlans.plans.empty')} />
          ),
        }}
        data-testid="plans-table"
        pagination={{
          current: list.data?.page ?? 1,
          pageSize: list.data?.pageSize ?? 20,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
      />
      {editing !== undefined && <PlanFormModal plan={editing} onClose={() => setEditing(undefined)} />}
    </Flex>
  );
}
