import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateAllianceBody } from '../../../../contracts/api/economy-pairings';
import { useFormModal } from '../../../app/components/use-form-modal';
import { type AllianceView, alliancesApi, alliancesKey } from './api';

// 新增或修改产业联盟: organized by the caller's own region (the county or its township).

type Values = Pick<CreateAllianceBody, 'name' | 'industry' | 'note'>;

export function AllianceFormModal({ editing, onClose }: { editing?: AllianceView; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) => {
      const body = { name: v.name, industry: v.industry, note: v.note?.trim() || null };
      return editing ? alliancesApi.update(editing.id, body) : alliancesApi.create(body);
    },
    success: t('econPairings.saved'),
    invalidate: [alliancesKey],
    onClose,
  });
  return (
    <Modal
      open
      title={editing ? t('econPairings.editAllianceTitle') : t('econPairings.addAllianceTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'alliance-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={editing ? { name: editing.name, industry: editing.industry, note: editing.note } : {}}
      >
        <Form.Item
          name="name"
          label={t('econPairings.allianceName')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={60} data-testid="alliance-name" />
        </Form.Item>
        <Form.Item
          name="industry"
          label={t('econPairings.industry')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={40} data-testid="alliance-industry" />
        </Form.Item>
        <Form.Item name="note" label={t('econPairings.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
