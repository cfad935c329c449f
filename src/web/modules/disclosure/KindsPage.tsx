import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Flex, Form, Input, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISCLOSURE_FREQUENCIES, type KindBody } from '../../../contracts/api/disclosure';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import { type DisclosureKind, disclosureApi, useRefreshDisclosure } from './api';

/** 公开目录: the county's ten kinds with frequency; the county edits, everyone else reads. */
export default function KindsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshDisclosure();
  const kinds = useQuery({ queryKey: ['disclosure', 'kinds'], queryFn: disclosureApi.kinds });
  const [editing, setEditing] = useState<DisclosureKind | 'new' | null>(null);
  const [form] = Form.useForm<KindBody>();
  const save = async () => {
    const v = await form.validateFields();
    try {
      if (editing === 'new') await disclosureApi.createKind(v);
      else if (editing) await disclosureApi.updateKind(editing.id, v);
      await refresh();
      setEditing(null);
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(errorText(error));
    }
  };
  const open = (k: DisclosureKind | 'new') => {
    form.setFieldsValue(
      k === 'new'
        ? { name: '', description: '', frequency: 'quarterly', beneficiaries: false, active: true }
        : k,
    );
    setEditing(k);
  };
  const mayEdit = kinds.data?.mayEdit ?? false;
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('disclosure.kindsTitle')}
        </Typography.Title>
        {mayEdit && <Button onClick={() => open('new')}>{t('disclosure.kinds.add')}</Button>}
      </Flex>
      {!mayEdit && <Alert type="info" showIcon message={t('disclosure.kinds.readOnly')} />}
      {kinds.isError && <Alert type="error" showIcon message={errorText(kinds.error)} />}
      <ResponsiveTable<DisclosureKind>
        phoneColumns={['name', 'actions']}
        rowKey="id"
        size="small"
        pagination={false}
        loading={kinds.isPending}
        dataSource={kinds.data?.items ?? []}
        columns={[
          { key: 'code', title: t('disclosure.kinds.code'), dataIndex: 'code' },
          {
            key: 'name',
            title: t('disclosure.kinds.name'),
            render: (_, k) => (
              <span>
                {k.name} {!k.active && <Tag>{t('disclosure.kinds.active')}✕</Tag>}
              </span>
            ),
          },
          {
            key: 'frequency',
            title: t('disclosure.kinds.frequency'),
            render: (_, k) => t(`disclosure.frequencies.${k.frequency}`),
          },
          {
            key: 'source',
            title: t('disclosure.kinds.source'),
            render: (_, k) => (k.source ? t(`disclosure.sources.${k.source}`) : '—'),
          },
          { key: 'description', title: t('disclosure.kinds.description'), dataIndex: 'description' },
          ...(mayEdit
            ? [
                {
                  key: 'actions',
                  title: '',
                  render: (_: unknown, k: DisclosureKind) => (
                    <Button
                      size="small"
                      onClick={() => open(k)}
                      data-testid={`disclosure-kind-edit-${k.code}`}
                    >
                      {t('disclosure.kinds.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={!!editing}
        title={t('disclosure.kinds.edit')}
        onCancel={() => setEditing(null)}
        onOk={save}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('disclosure.kinds.name')} rules={[{ required: true }]}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="frequency" label={t('disclosure.kinds.frequency')}>
            <Select
              options={DISCLOSURE_FREQUENCIES.map((f) => ({
                value: f,
                label: t(`disclosure.frequencies.${f}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="description" label={t('disclosure.kinds.description')}>
            <Input.TextArea maxLength={300} autoSize={{ minRows: 2 }} />
          </Form.Item>
          <Form.Item name="beneficiaries" valuePropName="checked">
            <Checkbox>{t('disclosure.kinds.beneficiaries')}</Checkbox>
          </Form.Item>
          <Form.Item name="active" valuePropName="checked">
            <Checkbox>{t('disclosure.kinds.active')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
