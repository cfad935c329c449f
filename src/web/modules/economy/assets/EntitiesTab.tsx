import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_KIND_CODES } from '../../../../contracts/api/economy-assets';
import { ExportButton } from '../../../app/components/excel/ExportButton';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { type EntityQuery, type EntityView, econAssetsApi, useEntities } from './api';
import { EntityFormModal } from './EntityFormModal';
import { useAssetsRole, useUndoableDelete } from './shared';

/** 经营主体: cooperatives, collective companies and partner enterprises with their model. */
export function EntitiesTab() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const role = useAssetsRole();
  const [query, setQuery] = useState<EntityQuery>({ page: 1, pageSize: 20, sort: 'recent' });
  const [editing, setEditing] = useState<EntityView | 'new' | null>(null);
  const list = useEntities(query);
  const undo = useUndoableDelete(econAssetsApi.deleteEntity, econAssetsApi.restoreEntity);
  const set = (patch: Partial<EntityQuery>) => setQuery((q) => ({ ...q, page: 1, ...patch }));
  const modelOf = (e: EntityView) =>
    e.model.length ? e.model.map((p) => t(`econAssets.modelParts.${p}`)).join(' + ') : '—';

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
          style={{ width: 170 }}
          placeholder={t('econAssets.entity.kind')}
          aria-label={t('econAssets.entity.kind')}
          value={query.kind}
          onChange={(v) => set({ kind: v })}
          options={ENTITY_KIND_CODES.map((k) => ({ value: k, label: t(`econAssets.entityKinds.${k}`) }))}
        />
        <Select
          style={{ width: 130 }}
          aria-label={t('econAssets.sort')}
          value={query.sort}
          onChange={(v) => set({ sort: v })}
          options={(['recent', 'name'] as const).map((s) => ({
            value: s,
            label: t(`econAssets.sorts.${s}`),
          }))}
        />
        <Input.Search
          allowClear
          style={{ width: 220, maxWidth: '100%' }}
          placeholder={t('econAssets.entity.search')}
          aria-label={t('econAssets.entity.search')}
          onSearch={(v) => set({ q: v.trim() || undefined })}
        />
        <ExportButton url={() => econAssetsApi.entitiesExportUrl(query)} testId="econ-entities-export" />
        {role.editable && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="econ-entity-add"
          >
            {t('econAssets.entity.add')}
          </Button>
        )}
      </Flex>
      {undo.notices}
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<EntityView>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('econAssets.entity.empty')} /> }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
        columns={[
          { key: 'name', title: t('econAssets.entity.name'), dataIndex: 'name' },
          { key: 'village', title: t('econAssets.village'), render: (_, e) => e.villageName ?? '—' },
          {
            key: 'kind',
            title: t('econAssets.entity.kind'),
            render: (_, e) => t(`econAssets.entityKinds.${e.kind as (typeof ENTITY_KIND_CODES)[number]}`),
          },
          { key: 'model', title: t('econAssets.entity.model'), render: (_, e) => modelOf(e) },
          { key: 'industry', title: t('econAssets.entity.industry'), render: (_, e) => e.industry ?? '—' },
          {
            key: 'members',
            title: t('econAssets.entity.members'),
            render: (_, e) => e.memberHouseholds ?? '—',
          },
          { key: 'partners', title: t('econAssets.entity.partners'), render: (_, e) => e.partners ?? '—' },
          ...(role.editable
            ? [
                {
                  key: 'actions',
                  title: t('econAssets.actions'),
                  render: (_: unknown, e: EntityView) => (
                    <Flex gap={4} wrap>
                      <Button
                        size="small"
                        type="link"
                        onClick={() => setEditing(e)}
                        data-testid={`econ-entity-edit-${e.id}`}
                      >
                        {t('econAssets.edit')}
                      </Button>
                      {undo.button(e, `econ-entity-delete-${e.id}`)}
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <EntityFormModal entity={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}
