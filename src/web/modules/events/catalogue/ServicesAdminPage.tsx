import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { type ServiceItemView, useServiceItems } from './api';
import { ServiceItemFormModal } from './ServiceItemFormModal';
import { useLimitText } from './shared';

/** 服务清单管理: the county admin's editor of the service list (never deleted: 停用). */
export default function ServicesAdminPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const limitText = useLimitText();
  const [includeInactive, setIncludeInactive] = useState(true);
  const items = useServiceItems(includeInactive);
  const [editing, setEditing] = useState<ServiceItemView | 'new' | null>(null);
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('eventsCatalogue.servicesAdminTitle')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          data-testid="service-create"
        >
          {t('eventsCatalogue.addItem')}
        </Button>
      </Flex>
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('eventsCatalogue.servicesAdminIntro')}
      </Typography.Paragraph>
      <Card size="small">
        <Checkbox
          checked={includeInactive}
          onChange={(e) => setIncludeInactive(e.target.checked)}
          style={{ marginBottom: 12 }}
        >
          {t('eventsCatalogue.includeInactive')}
        </Checkbox>
        {items.isError && <Typography.Text type="danger">{errorText(items.error)}</Typography.Text>}
        <ResponsiveTable<ServiceItemView>
          rowKey="id"
          size="small"
          scroll={{ x: 'max-content' }}
          loading={items.isFetching}
          dataSource={items.data ?? []}
          pagination={false}
          locale={{ emptyText: t('eventsCatalogue.noItems') }}
          columns={[
            { key: 'code', title: t('eventsCatalogue.code'), dataIndex: 'code' },
            { key: 'domain', title: t('eventsCatalogue.domain'), dataIndex: 'domain' },
            {
              key: 'name',
              title: t('eventsCatalogue.itemName'),
              render: (_, i) => (
                <span style={{ whiteSpace: 'normal' }}>
                  {i.name} {!i.active && <Tag>{t('eventsCatalogue.inactive')}</Tag>}
                </span>
              ),
            },
            { key: 'intake', title: t('eventsCatalogue.intake'), render: (_, i) => i.intake },
            {
              key: 'limit',
              title: t('eventsCatalogue.timeLimit'),
              render: (_, i) => (
                <span style={{ whiteSpace: 'normal' }}>
                  {[i.timeLimit ? limitText(i.timeLimit) : null, i.limitNote].filter(Boolean).join('；')}
                </span>
              ),
            },
            {
              key: 'category',
              title: t('eventsCatalogue.category'),
              render: (_, i) => `${i.categoryCode} ${i.categoryName ?? ''}`,
            },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_, i) => (
                <Button size="small" onClick={() => setEditing(i)} data-testid={`service-edit-${i.code}`}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <ServiceItemFormModal item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}
