import { ApiOutlined, CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Form, Input, Modal, Popconfirm, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Open311KeyView } from '../../../../contracts/api/open311';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { useCreateOpen311Key, useOpen311Keys, useRevokeOpen311Key } from './api';

const when = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : null);

/** The key just made, shown once with a copy button. */
function NewKeyModal({ made, onClose }: { made: { name: string; key: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(made.key);
      message.success(t('eventsOpen311.copied'));
    } catch {
      message.warning(t('eventsOpen311.copyFailed'));
    }
  };
  return (
    <Modal
      open
      title={made.name}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose} data-testid="open311-key-done">
          {t('eventsOpen311.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon message={t('eventsOpen311.shownOnce')} style={{ marginBottom: 12 }} />
      <Typography.Paragraph
        code
        copyable={false}
        style={{ wordBreak: 'break-all' }}
        data-testid="open311-key"
      >
        {made.key}
      </Typography.Paragraph>
      <Button icon={<CopyOutlined />} onClick={copy} data-testid="open311-key-copy">
        {t('eventsOpen311.copy')}
      </Button>
    </Modal>
  );
}

/** Open311 接口密钥: the county admin makes a key (shown once), sees when each was last used, revokes. */
export default function Open311KeysPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const keys = useOpen311Keys();
  const create = useCreateOpen311Key();
  const revoke = useRevokeOpen311Key();
  const [form] = Form.useForm<{ name: string }>();
  const [made, setMade] = useState<{ name: string; key: string } | null>(null);
  const url = `${window.location.origin}/open311/v2/discovery.xml`;

  const submit = async ({ name }: { name: string }) => {
    try {
      const result = await create.mutateAsync(name);
      form.resetFields();
      setMade({ name: result.name, key: result.key });
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        <ApiOutlined /> {t('eventsOpen311.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('eventsOpen311.intro', { url })}</Typography.Paragraph>
      <Card size="small">
        <Form form={form} layout="inline" onFinish={submit} style={{ rowGap: 8 }}>
          <Form.Item
            name="name"
            label={t('eventsOpen311.name')}
            rules={[{ required: true, min: 2, whitespace: true, message: t('eventsOpen311.nameRequired') }]}
          >
            <Input
              placeholder={t('eventsOpen311.namePlaceholder')}
              maxLength={60}
              style={{ width: 220, maxWidth: '100%' }}
              data-testid="open311-key-name"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<PlusOutlined />}
            loading={create.isPending}
            data-testid="open311-key-create"
          >
            {t('eventsOpen311.create')}
          </Button>
        </Form>
      </Card>
      <Card size="small">
        {keys.isError && <Typography.Text type="danger">{errorText(keys.error)}</Typography.Text>}
        <ResponsiveTable<Open311KeyView>
          rowKey="id"
          phoneColumns={['name', 'state', 'actions']}
          size="small"
          scroll={{ x: 'max-content' }}
          loading={keys.isFetching}
          dataSource={keys.data?.items ?? []}
          pagination={{ pageSize: 30, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('eventsOpen311.empty')} /> }}
          columns={[
            { key: 'name', title: t('eventsOpen311.name'), dataIndex: 'name' },
            {
              key: 'prefix',
              title: t('eventsOpen311.prefix'),
              render: (_, k) => <Typography.Text code>{k.keyPrefix}…</Typography.Text>,
            },
            { key: 'created', title: t('eventsOpen311.createdAt'), render: (_, k) => when(k.createdAt) },
            {
              key: 'used',
              title: t('eventsOpen311.lastUsedAt'),
              render: (_, k) => when(k.lastUsedAt) ?? t('eventsOpen311.never'),
            },
            {
              key: 'state',
              title: t('eventsOpen311.state'),
              render: (_, k) =>
                k.revokedAt ? (
                  <Tag>{`${t('eventsOpen311.revoked')} ${when(k.revokedAt)}`}</Tag>
                ) : (
                  <Tag color="green">{t('eventsOpen311.active')}</Tag>
                ),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_, k) =>
                !k.revokedAt && (
                  <Popconfirm
                    title={t('eventsOpen311.revokeConfirm')}
                    okText={t('common.ok')}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      revoke.mutateAsync(k.id).then(
                        () => message.success(t('eventsOpen311.revokedDone')),
                        (error) => message.error(errorText(error)),
                      )
                    }
                  >
                    <Button size="small" danger data-testid={`open311-key-revoke-${k.keyPrefix}`}>
                      {t('eventsOpen311.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      {made && <NewKeyModal made={made} onClose={() => setMade(null)} />}
    </Flex>
  );
}
