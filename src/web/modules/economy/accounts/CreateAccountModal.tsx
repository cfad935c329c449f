import { Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../../app/auth';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { useFormModal } from '../../../app/components/use-form-modal';
import { accountsKey, econAccountsApi } from './api';

type Values = { regionCode: string; year: number; note?: string };

/** 新建台账: a village (its own for a village user) and a year; opens the new account. */
export function CreateAccountModal({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const isVillage = me.role === 'village';
  const { form, pending, submit } = useFormModal<Values, { id: string }>({
    mutationFn: (v) =>
      econAccountsApi.create({ regionCode: v.regionCode, year: v.year, note: v.note || null }),
    success: t('econAccounts.created'),
    invalidate: [accountsKey],
    onSuccess: (made) => navigate(`/economy-accounts/${made.id}`),
    onClose,
  });
  return (
    <Modal
      open
      title={t('econAccounts.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: pending, 'data-testid': 'account-create-ok' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ year, regionCode: isVillage ? me.scopeCode : undefined }}
      >
        <Form.Item
          name="regionCode"
          label={t('econAccounts.village')}
          rules={[{ required: true, message: t('econAccounts.villageRequired') }]}
        >
          <RegionPicker allowedLevels={['village']} data-testid="account-village" />
        </Form.Item>
        <Form.Item name="year" label={t('econAccounts.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} data-testid="account-year" />
        </Form.Item>
        <Form.Item name="note" label={t('econAccounts.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
