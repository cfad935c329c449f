import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSET_KIND_CODES, ASSET_SORTS, ASSET_STATES } from '../../../../contracts/api/economy-assets';
import { ExportButton } from '../../../app/components/excel/ExportButton';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { AssetFormModal } from './AssetFormModal';
import { type AssetQuery, type AssetView, econAssetsApi, formatYuan, useAssets } from './api';
import { useAssetsRole, useUndoableDelete } from './shared';

const STATE_COLORS: Record<string, string> = { idle: 'orange', reviving: 'blue', revived: 'green' };
const IDLE_STATES = ASSET_STATES.filter((s) => s !== 'in_use');

/** 资产 (every living asset) or 闲置资产盘活 (those that are or were idle), with filters, export, edit and undoable delete. */
export function AssetsTab({ idle }: { idle: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const role = useAssetsRole();
  const [query, setQuery] = useState<AssetQuery>({
    page: 1,
    pageSize: 20,
    idle: idle || undefined,
    sort: idle ? 'idleSince' : 'recent',
  });
  const [editing, setEditing] = useState<AssetView | 'new' | null>(null);
  const list = useAssets(query);
  const undo = useUndoableDelete(econAssetsApi.deleteAsset, econAssetsApi.restoreAsset);
  const set = (patch: Partial<AssetQuery>) => setQuery((q) => ({ ...q, page: 1, ...patch }));
  const prefix = idle ? 'econ-idle' : 'econ-assets';

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
          style={{ width: 150 }}
          placeholder={t('econAssets.asset.kind')}
          aria-label={t('econAssets.asset.kind')}
          value={query.kind}
          onChange={(v) => set({ kind: v })}
          options={ASSET_KIND_CODES.map((k) => ({ value: k, label: t(`econAssets.kinds.${k}`) }))}
        />
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('econAssets.asset.state')}
          aria-label={t('econAssets.asset.state')}
          value={query.state}
          onChange={(v) => set({ state: v })}
          options={(idle ? IDLE_STATES : ASSET_STATES).map((s) => ({
            value: s,
            label: t(`econAssets.states.${s}`),
          }))}
        />
        <Select
          style={{ width: 140 }}
          aria-label={t('econAssets.sort')}
          value={query.sort}
          onChange={(v) => set({ sort: v })}
          options={ASSET_SORTS.map((s) => ({ value: s, label: t(`econAssets.sorts.${s}`) }))}
        />
        <Input.Search
          allowClear
          style={{ width: 220, maxWidth: '100%' }}
          placeholder={t('econAssets.search')}
          aria-label={t('econAssets.search')}
          onSearch={(v) => set({ q: v.trim() || undefined })}
        />
        <ExportButton url={() => econAssetsApi.assetsExportUrl(query)} testId={`${prefix}-export`} />
        {role.editable && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid={`${prefix}-add`}
          >
            {t('econAssets.asset.add')}
          </Button>
        )}
      </Flex>
      {undo.notices}
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<AssetView>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{
          emptyText: (
            <Empty description={idle ? t('econAssets.asset.idleEmpty') : t('econAssets.asset.empty')} />
          ),
        }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
        columns={[
          { key: 'name', title: t('econAssets.asset.name'), dataIndex: 'name' },
          { key: 'village', title: t('econAssets.village'), render: (_, a) => a.villageName ?? '—' },
          {
            key: 'kind',
            title: t('econAssets.asset.kind'),
            render: (_, a) => t(`econAssets.kinds.${a.kind as (typeof ASSET_KIND_CODES)[number]}`),
          },
          ...(idle
            ? []
            : [
                {
                  key: 'value',
                  title: t('econAssets.asset.value'),
                  render: (_: unknown, a: AssetView) => formatYuan(a.valueFen),
                },
                {
                  key: 'size',
                  title: t('econAssets.asset.size'),
                  render: (_: unknown, a: AssetView) => a.size ?? '—',
                },
              ]),
          {
            key: 'state',
            title: t('econAssets.asset.state'),
            render: (_, a) => <Tag color={STATE_COLORS[a.state]}>{t(`econAssets.states.${a.state}`)}</Tag>,
          },
          ...(idle
            ? [
                {
                  key: 'idleSince',
                  title: t('econAssets.asset.idleSince'),
                  render: (_: unknown, a: AssetView) => a.idleSince ?? '—',
                },
                {
                  key: 'plan',
                  title: t('econAssets.asset.revivalPlan'),
                  render: (_: unknown, a: AssetView) => (
                    <Typography.Paragraph
                      ellipsis={{ rows: 2, tooltip: a.revivalPlan }}
                      style={{ margin: 0, maxWidth: 260 }}
                    >
                      {a.revivalPlan ?? '—'}
                    </Typography.Paragraph>
                  ),
                },
                {
                  key: 'revivedOn',
                  title: t('econAssets.asset.revivedOn'),
                  render: (_: unknown, a: AssetView) => a.revivedOn ?? '—',
                },
                {
                  key: 'income',
                  title: t('econAssets.asset.revivedIncome'),
                  render: (_: unknown, a: AssetView) => formatYuan(a.revivedIncomeFen),
                },
              ]
            : []),
          ...(role.editable
            ? [
                {
                  key: 'actions',
                  title: t('econAssets.actions'),
                  render: (_: unknown, a: AssetView) => (
                    <Flex gap={4} wrap>
                      <Button
                        size="small"
                        type="link"
                        onClick={() => setEditing(a)}
                        data-testid={`econ-asset-edit-${a.id}`}
                      >
                        {t('econAssets.edit')}
                      </Button>
                      {undo.button(a, `econ-asset-delete-${a.id}`)}
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <AssetFormModal asset={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}
