import { Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreatePairingBody } from '../../../../contracts/api/economy-pairings';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { useFormModal } from '../../../app/components/use-form-modal';
import { type PairingView, pairingsApi, pairingsKey } from './api';

// 新增或修改结对: the two villages are chosen when the pairing is made and stay; the years and the
// agreement can change. The server checks scope, county and the one active pairing (policy.ts).

type Values = CreatePairingBody;

export function PairingFormModal({ editing, onClose }: { editing?: PairingView; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) =>
      editing
        ? pairingsApi.update(editing.id, {
            startYear: v.startYear,
            endYear: v.endYear ?? null,
            agreement: v.agreement?.trim() || null,
          })
        : pairingsApi.create({ ...v, agreement: v.agreement?.trim() || null }),
    success: t('econPairings.saved'),
    invalidate: [pairingsKey],
    onClose,
  });
  return (
    <Modal
      open
      title={editing ? t('econPairings.editTitle') : t('econPairings.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'pairing-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          editing
            ? { startYear: editing.startYear, endYear: editing.endYear, agreement: editing.agreement }
            : { startYear: new Date().getFullYear() }
        }
      >
        {!editing && (
          <>
            <Form.Item name="regionCode" label={t('econPairings.weak')} rules={[{ required: true }]}>
              <RegionPicker
                allowedLevels={['village']}
                aria-label={t('econPairings.weak')}
                data-testid="pairing-weak"
              />
            </Form.Item>
            <Form.Item
              name="strongCode"
              label={t('econPairings.strong')}
              rules={[{ required: true }]}
              extra={<Typography.Text type="secondary">{t('econPairings.strongHint')}</Typography.Text>}
            >
              <RegionPicker
                allowedLevels={['village']}
                aria-label={t('econPairings.strong')}
                data-testid="pairing-strong"
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="startYear" label={t('econPairings.startYear')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="endYear" label={t('econPairings.endYear')}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="agreement" label={t('econPairings.agreement')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
