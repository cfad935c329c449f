import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { useLabels } from '../../../app/labels';
import { type CategoryView, useCategories } from './api';
import { CategoryFormModal } from './CategoryFormModal';
import { STAGES, useLimitText } from './shared';

/** 事件类别: the county admin's editor of the categories (never deleted: 停用). */
export default function CategoriesPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const errorText = useErrorText();
  const limitText = useLimitText();
  const [includeInactive, setIncludeInactive] = useState(true);
  const categories = useCategories(includeInactive);
  const [editing, setEditing] = useState<CategoryView | 'new' | null>(null);
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('eventsCatalogue.categoriesTitle')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          data-testid="category-create"
        >
          {t('eventsCatalogue.addCategory')}
        </Button>
      </Flex>
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('eventsCatalogue.categoriesIntro')}
      </Typography.Paragraph>
      <Alert type="info" showIcon title={t('eventsCatalogue.limitsNote')} />
      <Card size="small">
        <Checkbox
          checked={includeInactive}
          onChange={(e) => setIncludeInactive(e.target.checked)}
          style={{ marginBottom: 12 }}
        >
          {t('eventsCatalogue.includeInactive')}
        </Checkbox>
        {categories.isError && <Typography.Text type="danger">{errorText(categories.error)}</Typography.Text>}
        <ResponsiveTable<CategoryView>
          rowKey="id"
          size="small"
          scroll={{ x: 'max-content' }}
          loading={categories.isFetching}
          dataSource={categories.data ?? []}
          pagination={false}
          locale={{ emptyText: t('eventsCatalogue.empty') }}
          columns={[
            { key: 'code', title: t('eventsCatalogue.code'), dataIndex: 'code' },
            {
              key: 'name',
              title: t('eventsCatalogue.name'),
              render: (_, c) => (
                <span style={{ whiteSpace: 'normal' }}>
                  {c.name} {c.urgent && <Tag color="red">{t('eventsCatalogue.urgentTag')}</Tag>}
                  {!c.active && <Tag>{t('eventsCatalogue.inactive')}</Tag>}
                </span>
              ),
            },
            {
              key: 'level',
              title: t('eventsCatalogue.level'),
              render: (_, c) => t(`eventsCatalogue.levels.${c.handlingLevel}`),
            },
            {
              key: 'departments',
              title: t('eventsCatalogue.departments'),
              render: (_, c) => (
                <span style={{ whiteSpace: 'normal' }}>
                  {c.departments.map((d) => labels.department(d)).join('、')}
                </span>
              ),
            },
            {
              key: 'limits',
              title: t('eventsCatalogue.limits'),
              render: (_, c) => (
                <span style={{ whiteSpace: 'normal', fontSize: 12 }}>
                  {STAGES.map((s) => `${t(`eventsCatalogue.stages.${s}`)} ${limitText(c.limits[s])}`).join(
                    '；',
                  )}
                </span>
              ),
            },
            {
              key: 'required',
              title: t('eventsCatalogue.required'),
              render: (_, c) =>
                c.requiredFields.map((f) => t(`eventsCatalogue.requiredFields.${f}`)).join('、'),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_, c) => (
                <Button size="small" onClick={() => setEditing(c)} data-testid={`category-edit-${c.code}`}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <CategoryFormModal category={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}
