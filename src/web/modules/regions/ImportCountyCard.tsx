import { CloudDownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import { useImportCounty } from './queries';

type ImportForm = { countyCode: string };

/** County admins load a county's townships and villages from the statistical code tables. */
export function ImportCountyCard({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const errorText = useErrorText();
  const importCounty = useImportCounty();
  const [form] = Form.useForm<ImportForm>();

  const confirm = ({ countyCode }: ImportForm) =>
    modal.confirm({
      title: t('regions.importTitle'),
      content: t('regions.importConfirm', { code: countyCode }),
      okText: t('regions.importButton'),
      cancelText: t('common.cancel'),
      onOk: () => {
        importCounty.mutate(countyCode, {
          onSuccess: onImported,
          onError: (error) => applyFieldErrors(form, error),
        });
      },
    });

  const result = importCounty.data;
  return (
    <Card title={t('regions.importTitle')} data-testid="region-import">
      <Typography.Paragraph type="secondary">{t('regions.importDesc')}</Typography.Paragraph>
      <Spin spinning={importCounty.isPending} description={t('regions.importing')}>
        <Form<ImportForm> form={form} layout="vertical" onFinish={confirm} initialValues={{ countyCode: '' }}>
          <Form.Item
            name="countyCode"
            label={t('regions.countyCode')}
            rules={[
              { required: true, message: t('regions.countyCodeRequired') },
              { pattern: /^\d{6}$/, message: t('regions.countyCodeInvalid') },
            ]}
          >
            <Input inputMode="numeric" maxLength={6} placeholder="451022" data-testid="region-import-code" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<CloudDownloadOutlined />}
            loading={importCounty.isPending}
            data-testid="region-import-submit"
          >
            {t('regions.importButton')}
          </Button>
        </Form>
      </Spin>
      {result && !importCounty.isPending && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 16 }}
          title={t('regions.importDone', result)}
          role="status"
        />
      )}
      {importCounty.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={errorText(importCounty.error)}
          role="alert"
        />
      )}
    </Card>
  );
}
