import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../contracts/api/regions';
import { api } from '../../app/api';
import { regionKeys } from '../../app/components/region-queries';
import { useFormModal } from '../../app/components/use-form-modal';

type Props = { village: Region; onClose: () => void; onAdded: () => void };

/** Adds a villager group (村民小组) under a village. */
export function AddGroupModal({ village, onClose, onAdded }: Props) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal({
    mutationFn: ({ name }: { name: string }) => api.regions.addGroup(village.code, name.trim()),
    success: (group) => t('regions.groupAdded', { name: group.name }),
    invalidate: [regionKeys.one(village.code)],
    onSuccess: onAdded,
  });

  return (
    <Modal
      open
      title={`${t('regions.addGroup')} · ${village.name}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="name"
          label={t('regions.groupName')}
          rules={[
            { required: true, whitespace: true, message: t('regions.groupNameRequired') },
            { max: 32, message: t('regions.groupNameTooLong') },
          ]}
        >
          <Input autoFocus maxLength={32} data-testid="group-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
