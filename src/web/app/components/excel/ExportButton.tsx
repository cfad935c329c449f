import { DownloadOutlined, DownOutlined } from '@ant-design/icons';
import { Alert, Button, Dropdown, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../auth';
import { PurposeField, type RevealTexts } from '../RevealValueModal';

export interface ExportButtonProps {
  /** The export address for the current filters; with `reveal`, the full-numbers variant. */
  url: (reveal?: { purpose: string }) => string;
  /** The file holds ID numbers or phones: offer the audited full export to roles that may reveal. */
  personal?: boolean;
  testId?: string;
  /** The button's text when a page has more than one export. */
  label?: string;
}

/**
 * 导出 with the list's current filters, the same for every registry. Personal numbers are masked;
 * roles with pii.reveal may export them in full after stating a purpose (the server audits it).
 */
export function ExportButton({ url, personal = false, testId = 'export', label }: ExportButtonProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<{ purpose: string }>();
  const maskedUrl = url();

  if (!personal || !can(me.role, 'pii.reveal')) {
    return (
      <Button icon={<DownloadOutlined />} href={maskedUrl} data-testid={testId}>
        {label ?? t('excel.export')}
      </Button>
    );
  }
  const texts: RevealTexts = {
    title: t('excel.exportFullTitle'),
    notice: t('excel.exportFullNotice'),
    valueLabel: '',
    submit: t('excel.export'),
    purpose: t('excel.purpose'),
    purposeRequired: t('excel.purposeRequired'),
    purposeLength: t('excel.purposeLength'),
    purposePlaceholder: t('excel.purposePlaceholder'),
  };
  const exportFull = ({ purpose }: { purpose: string }) => {
    window.location.assign(url({ purpose: purpose.trim() }));
    setAsking(false);
    form.resetFields();
  };
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'masked', label: <a href={maskedUrl}>{t('excel.exportMasked')}</a> },
            { key: 'full', label: t('excel.exportFull'), onClick: () => setAsking(true) },
          ],
        }}
      >
        <Button icon={<DownloadOutlined />} data-testid={testId}>
          {label ?? t('excel.export')} <DownOutlined />
        </Button>
      </Dropdown>
      <Modal
        open={asking}
        title={texts.title}
        onCancel={() => setAsking(false)}
        onOk={() => form.submit()}
        okText={texts.submit}
      >
        <Alert type="warning" showIcon title={texts.notice} style={{ marginBottom: 16 }} />
        <Form form={form} layout="vertical" onFinish={exportFull}>
          <PurposeField texts={texts} testId="pii-purpose" />
        </Form>
      </Modal>
    </>
  );
}
