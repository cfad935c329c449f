import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { type User, usernameSchema } from '../../../contracts/api/users';
import { api } from '../../app/api';
import { useFormModal } from '../../app/components/use-form-modal';
import { PasswordField } from './PasswordField';
import { usersKey } from './queries';
import { type ProfileValues, UserProfileFields } from './UserProfileFields';

type CreateValues = ProfileValues & { username: string; initialPassword: string };

export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<CreateValues, User>({
    mutationFn: (v) =>
      api.users.create({
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        role: v.role,
        scopeCode: v.scopeCode,
        department: v.role === 'department' ? (v.department ?? null) : null,
        phone: v.phone?.trim() || null,
        personId: v.role === 'party_member' || v.role === 'villager' ? (v.personId ?? null) : null,
        initialPassword: v.initialPassword,
      }),
    success: (user) => t('users.created', { name: user.displayName }),
    invalidate: [usersKey],
    onSuccess: () => form.resetFields(),
    onClose,
  });

  return (
    <Modal
      open={open}
      title={t('users.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      okButtonProps={{ 'data-testid': 'user-form-submit' }}
      destroyOnHidden
    >
      <Form<CreateValues> form={form} layout="vertical" onFinish={submit} data-testid="user-create-form">
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={[
            { required: true, whitespace: true, message: t('users.usernameRequired') },
            {
              validator: async (_, value?: string) => {
                if (value?.trim() && !usernameSchema.safeParse(value).success)
                  throw new Error(t('users.usernameInvalid'));
              },
            },
          ]}
        >
          <Input autoComplete="off" autoCapitalize="none" maxLength={32} data-testid="user-form-username" />
        </Form.Item>
        <UserProfileFields form={form} />
        <PasswordField
          form={form}
          name="initialPassword"
          label={t('users.initialPassword')}
          testId="user-form-password"
        />
      </Form>
    </Modal>
  );
}
