import { DownloadOutlined, DownOutlined } from '@ant-design/icons';
import { Alert, Button, Dropdown, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdFilters } from '../../../contracts/api/households';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { householdsApi } from './api';
import { PurposeField } from './RevealModal';

/** Export with the current filters: masked by default; full numbers only for pii.reveal, with a purpose. */
export function ExportButton({ filters }: { filters: HouseholdFilters }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<{ purpose: string }>();
  const maskedUrl = householdsApi.exportUrl(filters);

  if (!can(me.role, 'pii.reveal')) {
    return (
      <Button icon={<DownloadOutlined />} href={maskedUrl} data-testid="household-export">
        {t('households.export')}
      </Button>
    );
  }
  const exportFull = ({ purpose }: { purpose: string }) => {
    window.location.assign(householdsApi.exportUrl(filters, { purpose: purpose.trim() }));
    setAsking(false);
    form.resetFields();
  };
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'masked', label: <a href={maskedUrl}>{t('households.exportMasked')}</a> },
            { key: 'full', label: t('households.exportFull'), onClick: () => setAsking(true) },
          ],
        }}
      >
        <Button icon={<DownloadOutlined />} data-testid="household-export">
          {t('households.export')} <DownOutlined />
        </Button>
      </Dropdown>
      <Modal
        open={asking}
        title={t('households.exportFullTitle')}
        onCancel={() => setAsking(false)}
        onOk={() => form.submit()}
        okText={t('households.export')}
      >
        <Alert
          type="warning"
          showIcon
          title={t('households.exportFullNotice')}
          style={{ marginBottom: 16 }}
        />
        <Form form={form} layout="vertical" onFinish={exportFull}>
          <PurposeField />
        </Form>
      </Modal>
    </>
  );
}
