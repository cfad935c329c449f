import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../contracts/api/regions';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import { useAddGroup } from './queries';

type Props = { village: Region; onClose: () => void; onAdded: () => void };

/** Adds a villager group (村民小组) under a village. */
export function AddGroupModal({ village, onClose, onAdded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const addGroup = useAddGroup();
  const [form] = Form.useForm<{ name: string }>();

  const submit = ({ name }: { name: string }) =>
    addGroup.mutate(
      { villageCode: village.code, name: name.trim() },
      {
        onSuccess: (group) => {
          message.success(t('regions.groupAdded', { name: group.name }));
          onAdded();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error)) message.error(errorText(error));
        },
      },
    );

  return (
    <Modal
      open
      title={`${t('regions.addGroup')} · ${village.name}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={addGroup.isPending}
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
