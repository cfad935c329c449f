import { App, Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordField } from './PasswordField';

type Props = { pending: boolean; onReset: (password: string) => void };

/** The new password stays visible after the reset so the admin can pass it on. */
export function ResetPasswordForm({ pending, onReset }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [form] = Form.useForm<{ resetPassword: string }>();
  const confirm = ({ resetPassword }: { resetPassword: string }) =>
    modal.confirm({
      title: t('users.resetConfirm'),
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: () => onReset(resetPassword),
    });
  return (
    <Form form={form} layout="vertical" onFinish={confirm}>
      <PasswordField
        form={form}
        name="resetPassword"
        label={t('users.newPassword')}
        testId="user-reset-password"
      />
      <Button danger htmlType="submit" loading={pending} data-testid="user-reset-submit">
        {t('users.resetPassword')}
      </Button>
    </Form>
  );
}
