import { Alert, App, Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { newPasswordSchema } from '../../../contracts/api/auth';
import { useChangePassword, useCurrentUser, useLogout } from '../auth';
import { applyFieldErrors, useErrorText } from '../errors';
import { AuthCard } from './AuthCard';

type PasswordForm = { currentPassword: string; newPassword: string; confirm: string };

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const change = useChangePassword();
  const logout = useLogout();
  const [form] = Form.useForm<PasswordForm>();

  const submit = ({ currentPassword, newPassword }: PasswordForm) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          message.success(t('password.done'));
          navigate('/', { replace: true });
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <AuthCard title={t('password.title')}>
      {me.mustChangePassword && (
        <Alert type="warning" showIcon title={t('password.forced')} style={{ marginBottom: 16 }} />
      )}
      {change.isError && (
        <Alert type="error" showIcon title={errorText(change.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<PasswordForm> form={form} layout="vertical" onFinish={submit} data-testid="password-form">
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('password.currentRequired') }]}
        >
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.next')}
          extra={t('password.rule')}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('password.nextRequired') },
            { validator: async (_, v) => validateNewPassword(v, form.getFieldValue('currentPassword'), t) },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.nextRequired') },
            {
              validator: async (_, v) => {
                if (v && v !== form.getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">
            {t('password.submit')}
          </Button>
          {me.mustChangePassword ? (
            <Button loading={logout.isPending} onClick={() => logout.mutate()}>
              {t('header.logout')}
            </Button>
          ) : (
            <Button onClick={() => navigate(-1)}>{t('common.back')}</Button>
          )}
        </Space>
      </Form>
    </AuthCard>
  );
}

const validateNewPassword = async (
  value: string | undefined,
  current: string | undefined,
  t: (k: 'password.ruleError' | 'password.sameAsCurrent') => string,
) => {
  if (!value) return;
  if (!newPasswordSchema.safeParse(value).success) throw new Error(t('password.ruleError'));
  if (value === current) throw new Error(t('password.sameAsCurrent'));
};
