import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, InputNumber, Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { levelOfCode } from '../../../contracts/region-code';
import { useCurrentUser } from '../../app/auth';
import { RegionPicker } from '../../app/components/RegionPicker';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import { type DisclosureTable, disclosureApi, useRefreshDisclosure } from './api';
import { TableEditor } from './TableEditor';

type Values = {
  regionCode?: string;
  kindId: string;
  title: string;
  period: string;
  year: number;
  body: string;
  table: DisclosureTable | null;
};

/** 起草 / 修改 a disclosure: phone-first, one column; the table is optional. */
export default function DisclosureFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const refresh = useRefreshDisclosure();
  const me = useCurrentUser();
  const { disclosureId } = useParams();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const kinds = useQuery({ queryKey: ['disclosure', 'kinds'], queryFn: disclosureApi.kinds });
  const item = useQuery({
    queryKey: ['disclosure', 'item', disclosureId],
    queryFn: () => disclosureApi.get(disclosureId!),
    enabled: !!disclosureId,
  });
  useEffect(() => {
    if (item.data) form.setFieldsValue({ ...item.data, table: item.data.table });
  }, [item.data, form]);
  const ownVillage = levelOfCode(me.scopeCode) === 'village' ? me.scopeCode : undefined;
  const kindId = Form.useWatch('kindId', form);
  const beneficiaries = kinds.data?.items.find((k) => k.id === kindId)?.beneficiaries;
  const save = async (v: Values) => {
    setBusy(true);
    try {
      const body = {
        kindId: v.kindId,
        title: v.title,
        period: v.period,
        year: v.year,
        body: v.body ?? '',
        table: v.table ?? null,
      };
      const saved = disclosureId
        ? await disclosureApi.update(disclosureId, body)
        : await disclosureApi.create({ ...body, regionCode: ownVillage ?? v.regionCode! });
      await refresh();
      message.success(t('disclosure.form.saved'));
      navigate(`/disclosure/${saved.id}`, { replace: true });
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  if (disclosureId && item.isError) return <Alert type="error" showIcon message={errorText(item.error)} />;
  if (disclosureId && !item.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  const year = new Date().getFullYear();
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {disclosureId ? t('disclosure.editTitle') : t('disclosure.newTitle')}
      </Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{
          year,
          body: '',
          table: null,
          period: `${year}年第${Math.floor(new Date().getMonth() / 3) + 1}季度`,
        }}
      >
        {!ownVillage && !disclosureId && (
          <Form.Item name="regionCode" label={t('disclosure.form.village')} rules={[{ required: true }]}>
            <RegionPicker allowedLevels={['village']} data-testid="disclosure-village" />
          </Form.Item>
        )}
        <Form.Item name="kindId" label={t('disclosure.form.kind')} rules={[{ required: true }]}>
          <Select
            data-testid="disclosure-kind"
            options={(kinds.data?.items ?? [])
              .filter((k) => k.active)
              .map((k) => ({ value: k.id, label: k.name }))}
            disabled={!!item.data && item.data.change !== 'original'}
          />
        </Form.Item>
        <Form.Item name="title" label={t('disclosure.form.title')} rules={[{ required: true }]}>
          <Input
            placeholder={t('disclosure.form.titlePlaceholder')}
            maxLength={100}
            data-testid="disclosure-title"
          />
        </Form.Item>
        <Flex gap={8} wrap>
          <Form.Item
            name="period"
            label={t('disclosure.form.period')}
            rules={[{ required: true }]}
            style={{ flex: '1 1 200px' }}
          >
            <Input
              placeholder={t('disclosure.form.periodPlaceholder')}
              maxLength={30}
              data-testid="disclosure-period"
            />
          </Form.Item>
          <Form.Item
            name="year"
            label={t('disclosure.form.year')}
            rules={[{ required: true }]}
            style={{ width: 120 }}
          >
            <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="body" label={t('disclosure.form.body')} extra={t('disclosure.form.bodyHelp')}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} data-testid="disclosure-body" />
        </Form.Item>
        {beneficiaries && (
          <Alert
            type="info"
            showIcon
            message={t('disclosure.form.beneficiaries')}
            style={{ marginBottom: 12 }}
          />
        )}
        <Form.Item name="table" label={t('disclosure.form.table')}>
          <TableEditor />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="disclosure-save">
          {t('disclosure.form.save')}
        </Button>
      </Form>
    </Flex>
  );
}
