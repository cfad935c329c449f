import { Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_KIND_CODES,
  type ContactKind,
  type CreateLeaderContactBody,
} from '../../../../contracts/api/visits-contacts';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { useFormModal } from '../../../app/components/use-form-modal';
import { contactsApi, contactsKey, type LeaderContactView } from './api';

// 十联: a leader's contact of one kind. The leader and kind are chosen when it is made and stay;
// the server refuses a second contact of the same kind (409) and checks the place (policy.ts).

type Values = CreateLeaderContactBody;

export interface ContactDraft {
  leaderName?: string;
  leaderTitle?: string | null;
  kind?: ContactKind;
}

export function ContactFormModal({
  editing,
  draft,
  onClose,
}: {
  editing?: LeaderContactView;
  draft?: ContactDraft;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) => {
      const shared = {
        leaderTitle: v.leaderTitle?.trim() || null,
        targetName: v.targetName,
        targetRegionCode: v.targetRegionCode || null,
        note: v.note?.trim() || null,
      };
      return editing ? contactsApi.update(editing.id, shared) : contactsApi.create({ ...v, ...shared });
    },
    success: t('visitsContacts.contactForm.saved'),
    invalidate: [contactsKey],
    onClose,
  });
  return (
    <Modal
      open
      title={editing ? t('visitsContacts.contactForm.editTitle') : t('visitsContacts.contactForm.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'contact-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={editing ?? draft}>
        <Form.Item
          name="leaderName"
          label={t('visitsContacts.contactForm.leaderName')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input maxLength={32} disabled={!!editing} data-testid="contact-leader" />
        </Form.Item>
        <Form.Item name="leaderTitle" label={t('visitsContacts.contactForm.leaderTitle')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('visitsContacts.contactForm.kind')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            disabled={!!editing}
            data-testid="contact-kind"
            options={CONTACT_KIND_CODES.map((k) => ({ value: k, label: t(`visitsContacts.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="targetName"
          label={t('visitsContacts.contactForm.targetName')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input maxLength={100} data-testid="contact-target" />
        </Form.Item>
        <Form.Item
          name="targetRegionCode"
          label={t('visitsContacts.contactForm.targetRegion')}
          extra={
            <Typography.Text type="secondary">
              {t('visitsContacts.contactForm.targetRegionHint')}
            </Typography.Text>
          }
        >
          <RegionPicker
            allowedLevels={['township', 'village']}
            initialLabel={editing?.targetRegionName ?? undefined}
            aria-label={t('visitsContacts.contactForm.targetRegion')}
          />
        </Form.Item>
        <Form.Item name="note" label={t('visitsContacts.contactForm.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
