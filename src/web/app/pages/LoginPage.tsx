import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLogin, useMe } from '../auth';
import { applyFieldErrors, useErrorText } from '../errors';
import { FullPageSpin } from '../RequireAuth';
import { AuthCard } from './AuthCard';
import { safeNext } from './safe-next';

type LoginForm = { username: string; password: string };

export function LoginPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const me = useMe();
  const login = useLogin();
  const [form] = Form.useForm<LoginForm>();

  if (me.isPending) return <FullPageSpin />;
  if (me.data && !login.isPending) return <Navigate to={next} replace />;

  const submit = (values: LoginForm) =>
    login.mutate(values, {
      onSuccess: (user) => navigate(user.mustChangePassword ? '/change-password' : next, { replace: true }),
      onError: (error) => applyFieldErrors(form, error),
    });

  return (
    <AuthCard title={t('login.title')}>
      <Form<LoginForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        data-testid="login-form"
      >
        {login.isError && (
          <Alert
            type="error"
            showIcon
            title={errorText(login.error)}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
            role="alert"
          />
        )}
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
        >
          <Input
            prefix={<UserOutlined />}
            autoComplete="username"
            autoCapitalize="none"
            size="large"
            data-testid="login-username"
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password
            prefix={<LockOutlined />}
            autoComplete="current-password"
            size="large"
            data-testid="login-password"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          loading={login.isPending}
          data-testid="login-submit"
        >
          {t('login.submit')}
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('login.hint')}
        </Typography.Paragraph>
      </Form>
    </AuthCard>
  );
}
