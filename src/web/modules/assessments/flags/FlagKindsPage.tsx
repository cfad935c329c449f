import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FLAG_LEVELS, type FlagKindBody } from '../../../../contracts/api/assess-flags';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useFormModal } from '../../../app/components/use-form-modal';
import { useErrorText } from '../../../app/errors';
import { type FlagKindView, flagsApi, flagsKey, useFlagKinds } from './api';

/** 红旗类别: the county admin's editor of the county's flag kinds (never deleted: 停用). */
export default function FlagKindsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [includeInactive, setIncludeInactive] = useState(true);
  const kinds = useFlagKinds(includeInactive);
  const [editing, setEditing] = useState<FlagKindView | 'new' | null>(null);
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('assessFlags.kindsTitle')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          data-testid="flag-kind-create"
        >
          {t('assessFlags.addKind')}
        </Button>
      </Flex>
      <Typography.Paragraph style={{ margin: 0 }}>{t('assessFlags.kindsDesc')}</Typography.Paragraph>
      <Card size="small">
        <Checkbox
          checked={includeInactive}
          onChange={(e) => setIncludeInactive(e.target.checked)}
          style={{ marginBottom: 12 }}
        >
          {t('assessFlags.includeInactive')}
        </Checkbox>
        {kinds.isError && <Typography.Text type="danger">{errorText(kinds.error)}</Typography.Text>}
        <ResponsiveTable<FlagKindView>
          rowKey="id"
          size="small"
          loading={kinds.isFetching}
          dataSource={kinds.data ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t('assessFlags.emptyKinds')} /> }}
          columns={[
            { key: 'code', title: t('assessFlags.code'), dataIndex: 'code' },
            {
              key: 'name',
              title: t('assessFlags.name'),
              render: (_, k) => (
                <span style={{ whiteSpace: 'normal' }}>
                  {k.name} {!k.active && <Tag>{t('assessFlags.inactive')}</Tag>}
                </span>
              ),
            },
            {
              key: 'level',
              title: t('assessFlags.level'),
              render: (_, k) => t(`assessFlags.levels.${k.level}`),
            },
            { key: 'sort', title: t('assessFlags.sort'), dataIndex: 'sort' },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_, k) => (
                <Button size="small" onClick={() => setEditing(k)} data-testid={`flag-kind-edit-${k.code}`}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <KindFormModal kind={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}

function KindFormModal({ kind, onClose }: { kind: FlagKindView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<FlagKindBody>({
    mutationFn: (values) => (kind ? flagsApi.updateKind(kind.id, values) : flagsApi.createKind(values)),
    success: t('assessFlags.saved'),
    invalidate: [flagsKey],
    onClose,
  });
  return (
    <Modal
      open
      title={kind ? t('assessFlags.editKind') : t('assessFlags.addKind')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'flag-kind-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<FlagKindBody>
        form={form}
        layout="vertical"
        initialValues={kind ?? { level: 'village', active: true, sort: 0 }}
        onFinish={submit}
      >
        <Form.Item name="code" label={t('assessFlags.code')} rules={[{ required: true }]}>
          <Input maxLength={16} />
        </Form.Item>
        <Form.Item name="name" label={t('assessFlags.name')} rules={[{ required: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="level" label={t('assessFlags.level')} rules={[{ required: true }]}>
          <Select options={FLAG_LEVELS.map((l) => ({ value: l, label: t(`assessFlags.levels.${l}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('assessFlags.description')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="sort" label={t('assessFlags.sort')}>
            <InputNumber min={0} max={9999} />
          </Form.Item>
          <Form.Item name="active" label={t('assessFlags.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
