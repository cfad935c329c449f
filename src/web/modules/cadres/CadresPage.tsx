import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Popconfirm, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cadre } from '../../../contracts/api/cadres';
import { cadreBackground, cadreBody, cadrePost } from '../../../contracts/registry/enums';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { CodedSelect } from '../../app/components/CodedSelect';
import { RegionPicker } from '../../app/components/RegionPicker';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useCoded } from '../../app/components/use-coded';
import { useErrorText } from '../../app/errors';
import type { CadreFilters } from './api';
import { CadreStatsCards } from './CadreStatsCards';
import { CadresExcel } from './CadresExcel';
import { CreateCadreModal } from './CreateCadreModal';
import { useCadres, useDeleteCadre } from './queries';

/** 村两委干部: the figures on top, the records below. */
export default function CadresPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const coded = useCoded();
  const errorText = useErrorText();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [filters, setFilters] = useState<CadreFilters>({});
  const filterBy = (change: CadreFilters) => {
    setFilters((f) => ({ ...f, ...change }));
    setPage((p) => ({ ...p, page: 1 }));
  };
  const cadres = useCadres({ ...page, ...filters });
  const remove = useDeleteCadre();
  const [creating, setCreating] = useState(false);
  const mayWrite = can(me.role, 'cadres.write');
  const [editing, setEditing] = useState<Cadre | null>(null);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('cadres.title')}
        </Typography.Title>
        <Flex wrap gap={8}>
          {mayWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('cadres.create')}
            </Button>
          )}
          <CadresExcel sheet="cadres" filters={filters} mayImport={mayWrite} />
        </Flex>
      </Flex>
      <CadreStatsCards />
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <div style={{ width: 220, maxWidth: '100%' }}>
            <RegionPicker
              allowedLevels={['township', 'village']}
              value={filters.regionCode}
              onChange={(regionCode) => filterBy({ regionCode })}
              data-testid="cadres-region-filter"
            />
          </div>
          <CodedSelect
            allowClear
            placeholder={t('cadres.backgrounds')}
            aria-label={t('cadres.backgrounds')}
            style={{ width: 180, maxWidth: '100%' }}
            coded={cadreBackground}
            onChange={(background) => filterBy({ background })}
          />
          <Select
            allowClear
            placeholder={t('cadres.reserve')}
            aria-label={t('cadres.reserve')}
            style={{ width: 160, maxWidth: '100%' }}
            options={[
              { value: 'true', label: t('common.yes') },
              { value: 'false', label: t('common.no') },
            ]}
            onChange={(isReserve) => filterBy({ isReserve })}
          />
        </Flex>
        {cadres.isError && (
          <Typography.Paragraph type="danger">{errorText(cadres.error)}</Typography.Paragraph>
        )}
        <ResponsiveTable<Cadre>
          rowKey="id"
          size="middle"
          scroll={{ x: 'max-content' }}
          loading={cadres.isFetching}
          dataSource={cadres.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('cadres.empty')} /> }}
          pagination={{
            current: cadres.data?.page ?? 1,
            pageSize: cadres.data?.pageSize ?? 20,
            total: cadres.data?.total ?? 0,
            onChange: (p, pageSize) => setPage({ page: p, pageSize }),
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            { key: 'name', title: t('cadres.name'), render: (_, c) => c.name },
            { key: 'village', title: t('cadres.village'), render: (_, c) => c.regionName },
            {
              key: 'posts',
              title: t('cadres.posts'),
              render: (_, c) => (
                <>
                  {c.posts.map((p) => (
                    <Tag key={p.body}>
                      {coded.label(cadreBody, p.body)}
                      {coded.label(cadrePost, p.post)}
                    </Tag>
                  ))}
                  {c.oneShoulder && <Tag color="red">{t('cadres.oneShoulder')}</Tag>}
                  {c.isReserve && <Tag color="blue">{t('cadres.reserve')}</Tag>}
                </>
              ),
            },
            {
              key: 'backgrounds',
              title: t('cadres.backgrounds'),
              render: (_, c) => c.backgrounds.map((b) => coded.label(cadreBackground, b)).join('、'),
            },
            {
              key: 'term',
              title: t('cadres.term'),
              render: (_, c) => [c.startedOn, c.endedOn].filter(Boolean).join(' ~ '),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_, c) =>
                mayWrite ? (
                  <Flex gap={4}>
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setEditing(c)}
                      data-testid={`cadre-edit-${c.id}`}
                    >
                      {t('common.edit')}
                    </Button>
                    <Popconfirm
                      title={t('cadres.deleteConfirm', { name: c.name })}
                      onConfirm={() =>
                        remove.mutate(c.id, {
                          onSuccess: () => message.success(t('cadres.deleted')),
                          onError: (e) => message.error(errorText(e)),
                        })
                      }
                    >
                      <Button type="link" danger size="small">
                        {t('grids.delete')}
                      </Button>
                    </Popconfirm>
                  </Flex>
                ) : null,
            },
          ]}
        />
      </Card>
      {creating && <CreateCadreModal onClose={() => setCreating(false)} />}
      {editing && <CreateCadreModal cadre={editing} onClose={() => setEditing(null)} />}
    </Flex>
  );
}
