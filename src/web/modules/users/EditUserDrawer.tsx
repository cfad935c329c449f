import { App, Button, Checkbox, Descriptions, Divider, Drawer, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateUserBody, User } from '../../../contracts/api/users';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import { useIsMobile } from '../../app/layout/use-is-mobile';
import { AccountStatusSwitch } from './AccountStatusSwitch';
import { useUpdateUser } from './queries';
import { ResetPasswordForm } from './ResetPasswordForm';
import { type ProfileValues, UserProfileFields } from './UserProfileFields';

type EditValues = ProfileValues & { clearPhone?: boolean };

/** Only what changed is sent, so an unchanged masked phone is never overwritten. */
const changes = (user: User, v: EditValues): UpdateUserBody => {
  const body: UpdateUserBody = {};
  if (v.displayName.trim() !== user.displayName) body.displayName = v.displayName.trim();
  if (v.role !== user.role) body.role = v.role;
  if (v.scopeCode !== user.scopeCode) body.scopeCode = v.scopeCode;
  const department = v.role === 'department' ? (v.department ?? null) : null;
  if (department !== user.department) body.department = department;
  if (v.clearPhone) body.phone = null;
  else if (v.phone?.trim()) body.phone = v.phone.trim();
  const personId = v.role === 'party_member' || v.role === 'villager' ? (v.personId ?? null) : null;
  if (personId !== user.personId) body.personId = personId;
  return body;
};

export function EditUserDrawer({ user: initial, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const isMobile = useIsMobile();
  const update = useUpdateUser();
  const [user, setUser] = useState(initial);
  const [form] = Form.useForm<EditValues>();
  const clearPhone = Form.useWatch('clearPhone', form);

  const patch = (body: UpdateUserBody, done: string, onError?: (e: unknown) => void) =>
    update.mutate(
      { userId: user.id, body },
      {
        onSuccess: (saved) => {
          setUser(saved);
          message.success(done);
        },
        onError: (error) => (onError ? onError(error) : message.error(errorText(error))),
      },
    );

  const save = (values: EditValues) => {
    const body = changes(user, values);
    if (Object.keys(body).length === 0) return message.info(t('users.noChanges'));
    patch(body, t('users.saved'), (error) => {
      if (!applyFieldErrors(form, error)) message.error(errorText(error));
    });
  };

  return (
    <Drawer
      open
      title={`${t('users.edit')} · ${user.username}`}
      size={isMobile ? '100%' : 480}
      onClose={onClose}
    >
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: 16 }}
        items={[{ key: 'username', label: t('users.username'), children: user.username }]}
      />
      <Form<EditValues>
        form={form}
        layout="vertical"
        onFinish={save}
        data-testid="user-edit-form"
        initialValues={{
          displayName: user.displayName,
          role: user.role,
          scopeCode: user.scopeCode,
          department: user.department,
          phone: '',
          personId: user.personId,
          clearPhone: false,
        }}
      >
        <UserProfileFields
          form={form}
          scopeLabel={user.scopeName}
          phoneExtra={user.phoneMasked ? t('users.phoneCurrent', { masked: user.phoneMasked }) : undefined}
          phoneDisabled={Boolean(clearPhone)}
          personLabel={user.personName}
        />
        {user.phoneMasked && (
          <Form.Item name="clearPhone" valuePropName="checked">
            <Checkbox>{t('users.clearPhone')}</Checkbox>
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="user-edit-submit">
          {t('common.save')}
        </Button>
      </Form>
      <Divider titlePlacement="start">{t('users.accountStatus')}</Divider>
      <AccountStatusSwitch
        user={user}
        pending={update.isPending}
        onChange={(disabled) =>
          patch({ disabled }, disabled ? t('users.disabledDone') : t('users.enabledDone'))
        }
      />
      <Divider titlePlacement="start">{t('users.resetPassword')}</Divider>
      <ResetPasswordForm
        pending={update.isPending}
        onReset={(resetPassword) => patch({ resetPassword }, t('users.resetDone'))}
      />
    </Drawer>
  );
}
