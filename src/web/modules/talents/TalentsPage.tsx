import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Talent } from '../../../contracts/api/talents';
import { talentCategory, talentStatus } from '../../../contracts/registry/enums';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { CodedSelect } from '../../app/components/CodedSelect';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useCoded } from '../../app/components/use-coded';
import { useErrorText } from '../../app/errors';
import type { TalentQuery } from './api';
import { useTalents } from './queries';
import { TalentDrawer } from './TalentDrawer';
import { TalentFormModal } from './TalentFormModal';
import { TalentsExcel } from './TalentsExcel';

/** 人才库: the caller's review queue first, then every talent of the scope with filters. */
export default function TalentsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const coded = useCoded();
  const errorText = useErrorText();
  const [query, setQuery] = useState<TalentQuery>({ queue: 'mine', page: 1, pageSize: 20 });
  const talents = useTalents(query);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('talents.title')}
        </Typography.Title>
        <Flex wrap gap={8}>
          {can(me.role, 'talents.survey') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="talent-create"
            >
              {t('talents.create')}
            </Button>
          )}
          <TalentsExcel
            filters={{ status: query.status, category: query.category, queue: query.queue }}
            mayImport={can(me.role, 'talents.survey')}
          />
        </Flex>
      </Flex>
      <Card>
        <Tabs
          activeKey={query.queue ?? 'all'}
          onChange={(key) => setQuery((q) => ({ ...q, queue: key === 'mine' ? 'mine' : undefined, page: 1 }))}
          items={[
            { key: 'mine', label: t('talents.queue') },
            { key: 'all', label: t('talents.all') },
          ]}
        />
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <CodedSelect
            allowClear
            placeholder={t('talents.allStatuses')}
            aria-label={t('talents.status')}
            style={{ width: 180, maxWidth: '100%' }}
            coded={talentStatus}
            onChange={(status) => setQuery((q) => ({ ...q, status, page: 1 }))}
          />
          <CodedSelect
            allowClear
            placeholder={t('talents.allCategories')}
            aria-label={t('talents.category')}
            style={{ width: 180, maxWidth: '100%' }}
            coded={talentCategory}
            onChange={(category) => setQuery((q) => ({ ...q, category, page: 1 }))}
          />
        </Flex>
        {talents.isError && (
          <Typography.Paragraph type="danger">{errorText(talents.error)}</Typography.Paragraph>
        )}
        <ResponsiveTable<Talent>
          rowKey="id"
          size="middle"
          scroll={{ x: 'max-content' }}
          loading={talents.isFetching}
          dataSource={talents.data?.items ?? []}
          onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
          locale={{
            emptyText: <Empty description={query.queue ? t('talents.emptyQueue') : t('talents.empty')} />,
          }}
          pagination={{
            current: talents.data?.page ?? 1,
            pageSize: talents.data?.pageSize ?? 20,
            total: talents.data?.total ?? 0,
            onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            {
              key: 'name',
              title: t('talents.name'),
              render: (_, r) => <Button type="link">{r.name}</Button>,
            },
            { key: 'village', title: t('talents.village'), render: (_, r) => r.regionName },
            {
              key: 'category',
              title: t('talents.category'),
              render: (_, r) => coded.label(talentCategory, r.category),
            },
            {
              key: 'tags',
              title: t('talents.tags'),
              render: (_, r) => r.tags.map((tag) => <Tag key={tag}>{tag}</Tag>),
            },
            {
              key: 'status',
              title: t('talents.status'),
              render: (_, r) => (
                <Tag color={r.status === 'returned' ? 'red' : r.status === 'county_filed' ? 'green' : 'blue'}>
                  {coded.label(talentStatus, r.status)}
                </Tag>
              ),
            },
            { key: 'comment', title: t('talents.returnComment'), render: (_, r) => r.returnComment ?? '' },
          ]}
        />
      </Card>
      {creating && <TalentFormModal onClose={() => setCreating(false)} />}
      {open && <TalentDrawer talentId={open} onClose={() => setOpen(null)} />}
    </Flex>
  );
}
