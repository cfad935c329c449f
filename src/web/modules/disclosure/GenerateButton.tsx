import { DatabaseOutlined } from '@ant-design/icons';
import { App, Button, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DISCLOSURE_SOURCES, type DisclosureSource } from '../../../contracts/api/disclosure';
import { RegionPicker } from '../../app/components/RegionPicker';
import { useErrorText } from '../../app/errors';
import { disclosureApi } from './api';
import { yearOptions } from './shared';

/** 从记录生成: pick the records and the year; the draft opens for a last look before submitting. */
export function GenerateButton({ villageCode }: { villageCode?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ regionCode?: string; source: DisclosureSource; year: number }>();
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const item = await disclosureApi.generate(villageCode ?? v.regionCode!, v.source, v.year);
      navigate(`/disclosure/${item.id}`);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={<DatabaseOutlined />} onClick={() => setOpen(true)} data-testid="disclosure-generate">
        {t('disclosure.generate')}
      </Button>
      <Modal
        open={open}
        title={t('disclosure.generate')}
        onCancel={() => setOpen(false)}
        onOk={submit}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('disclosure.generateHint')}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ source: 'income', year: new Date().getFullYear() }}
        >
          {!villageCode && (
            <Form.Item name="regionCode" label={t('disclosure.form.village')} rules={[{ required: true }]}>
              <RegionPicker allowedLevels={['village']} />
            </Form.Item>
          )}
          <Form.Item name="source" label={t('disclosure.form.source')}>
            <Select
              options={DISCLOSURE_SOURCES.map((s) => ({ value: s, label: t(`disclosure.sources.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="year" label={t('disclosure.form.generateYear')}>
            <Select options={yearOptions().map((y) => ({ value: y, label: String(y) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
