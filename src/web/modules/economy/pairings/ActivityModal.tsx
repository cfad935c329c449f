import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateActivityBody } from '../../../../contracts/api/economy-pairings';
import { DateField } from '../../../app/components/DateField';
import { useFormModal } from '../../../app/components/use-form-modal';
import { pairingsApi, pairingsKey } from './api';

/** 记录帮带活动: date, title and what was done; photos are added on the activity once saved. */
export function ActivityModal({ pairingId, onClose }: { pairingId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<CreateActivityBody>({
    mutationFn: (v) => pairingsApi.addActivity(pairingId, { ...v, detail: v.detail?.trim() || null }),
    success: t('econPairings.saved'),
    invalidate: [pairingsKey],
    onClose,
  });
  return (
    <Modal
      open
      title={t('econPairings.addActivity')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'activity-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<CreateActivityBody>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ happenedOn: new Date().toISOString().slice(0, 10) }}
      >
        <DateField name="happenedOn" label={t('econPairings.happenedOn')} required testId="activity-date" />
        <Form.Item
          name="title"
          label={t('econPairings.activityTitle')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={80} data-testid="activity-title" />
        </Form.Item>
        <Form.Item name="detail" label={t('econPairings.detail')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
