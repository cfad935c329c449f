import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Input, Popconfirm, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BENEFIT_KINDS } from '../../../../contracts/api/economy-assets';
import { ExportButton } from '../../../app/components/excel/ExportButton';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import {
  type BenefitQuery,
  type BenefitView,
  econAssetsApi,
  econAssetsKey,
  formatYuan,
  useBenefits,
} from './api';
import { BenefitFormModal } from './BenefitFormModal';
import { useAssetsRole, YEARS } from './shared';

/** 利益联结: what households got (分红、就业) per village and year, with the sums of the filter. */
export function BenefitsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const role = useAssetsRole();
  const qc = useQueryClient();
  const [query, setQuery] = useState<BenefitQuery>({ page: 1, pageSize: 20, sort: 'recent' });
  const [editing, setEditing] = useState<BenefitView | 'new' | null>(null);
  const list = useBenefits(query);
  const remove = useMutation({ mutationFn: econAssetsApi.deleteBenefit });
  const set = (patch: Partial<BenefitQuery>) => setQuery((q) => ({ ...q, page: 1, ...patch }));

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        {!role.isVillage && (
          <div style={{ width: 200, maxWidth: '100%' }}>
            <RegionPicker
              value={query.regionCode}
              onChange={(v) => set({ regionCode: v })}
              allowedLevels={['township', 'village']}
              aria-label={t('econAssets.region')}
            />
          </div>
        )}
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('econAssets.allYears')}
          aria-label={t('econAssets.year')}
          value={query.year}
          onChange={(v) => set({ year: v })}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
        />
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('econAssets.benefit.kind')}
          aria-label={t('econAssets.benefit.kind')}
          value={query.kind}
          onChange={(v) => set({ kind: v })}
          options={BENEFIT_KINDS.map((k) => ({ value: k, label: t(`econAssets.benefitKinds.${k}`) }))}
        />
        <Select
          style={{ width: 120 }}
          aria-label={t('econAssets.sort')}
          value={query.sort}
          onChange={(v) => set({ sort: v })}
          options={(['recent', 'amount'] as const).map((s) => ({
            value: s,
            label: t(`econAssets.sorts.${s}`),
          }))}
        />
        <Input.Search
          allowClear
          style={{ width: 220, maxWidth: '100%' }}
          placeholder={t('econAssets.benefit.search')}
          aria-label={t('econAssets.benefit.search')}
          onSearch={(v) => set({ q: v.trim() || undefined })}
        />
        <ExportButton url={() => econAssetsApi.benefitsExportUrl(query)} testId="econ-benefits-export" />
        {role.editable && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="econ-benefit-add"
          >
            {t('econAssets.benefit.add')}
          </Button>
        )}
      </Flex>
      {list.data && (
        <Typography.Text data-testid="econ-benefit-sums">
          {t('econAssets.benefit.sums', { amount: formatYuan(list.data.amountFen), jobs: list.data.jobs })}
        </Typography.Text>
      )}
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<BenefitView>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('econAssets.benefit.empty')} /> }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
        columns={[
          {
            key: 'household',
            title: t('econAssets.benefit.household'),
            render: (_, b) => `${b.headName ?? '—'} · ${b.householdNo ?? ''}`,
          },
          { key: 'village', title: t('econAssets.village'), render: (_, b) => b.villageName ?? '—' },
          { key: 'year', title: t('econAssets.year'), dataIndex: 'year' },
          {
            key: 'kind',
            title: t('econAssets.benefit.kind'),
            render: (_, b) => t(`econAssets.benefitKinds.${b.kind}`),
          },
          { key: 'amount', title: t('econAssets.benefit.amount'), render: (_, b) => formatYuan(b.amountFen) },
          { key: 'jobs', title: t('econAssets.benefit.jobs'), dataIndex: 'jobs' },
          { key: 'entity', title: t('econAssets.benefit.entity'), render: (_, b) => b.entityName ?? '—' },
          ...(role.editable
            ? [
                {
                  key: 'actions',
                  title: t('econAssets.actions'),
                  render: (_: unknown, b: BenefitView) => (
                    <Flex gap={4} wrap>
                      <Button
                        size="small"
                        type="link"
                        onClick={() => setEditing(b)}
                        data-testid={`econ-benefit-edit-${b.id}`}
                      >
                        {t('econAssets.edit')}
                      </Button>
                      <Popconfirm
                        title={t('econAssets.deleteBenefitConfirm')}
                        okButtonProps={{ danger: true, loading: remove.isPending }}
                        onConfirm={() =>
                          remove.mutateAsync(b.id).then(
                            () => {
                              message.success(t('econAssets.removed'));
                              return qc.invalidateQueries({ queryKey: econAssetsKey });
                            },
                            (error) => message.error(errorText(error)),
                          )
                        }
                      >
                        <Button size="small" type="link" danger data-testid={`econ-benefit-delete-${b.id}`}>
                          {t('econAssets.delete')}
                        </Button>
                      </Popconfirm>
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <BenefitFormModal
          benefit={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
