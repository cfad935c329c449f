import { App, Button, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { type Dashboard, dashboardApi } from './api';
import { useFigureOptions } from './figure-options';

// Choosing a dashboard's figures from the catalogue, in the order chosen; saved for the region
// and shown below it where no region chose its own.

export function ArrangeDashboard({
  regionCode,
  layout,
  onClose,
}: {
  regionCode: string;
  layout: Dashboard['layout'];
  onClose: (changed: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [keys, setKeys] = useState<string[]>(layout.keys);
  const [busy, setBusy] = useState(false);
  const { options, loading: catalogueLoading } = useFigureOptions(lang);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      message.success(t('dashboard.arrangeSaved'));
      onClose(true);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('dashboard.arrangeTitle')}
      onCancel={() => onClose(false)}
      footer={
        <Space wrap>
          {layout.from === 'own' && (
            <Button disabled={busy} onClick={() => run(() => dashboardApi.resetLayout(regionCode))}>
              {t('dashboard.arrangeReset')}
            </Button>
          )}
          <Button
            type="primary"
            loading={busy}
            disabled={keys.length === 0}
            onClick={() => run(() => dashboardApi.saveLayout(regionCode, keys))}
            data-testid="dashboard-arrange-save"
          >
            {t('dashboard.arrangeSave')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('dashboard.arrangeHint')}</Typography.Paragraph>
      <Select
        mode="multiple"
        style={{ width: '100%' }}
        aria-label={t('dashboard.arrangeTitle')}
        value={keys}
        onChange={setKeys}
        options={options}
        optionFilterProp="label"
        loading={catalogueLoading}
        data-testid="dashboard-arrange-select"
      />
    </Modal>
  );
}
