import { Button, Form, type FormInstance, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newPasswordSchema } from '../../../contracts/api/auth';
import { generatePassword } from './password';

type Props = { form: FormInstance; name: string; label: string; testId: string };

/** A new password with the platform rule and a generator (shown in clear so it can be passed on). */
export function PasswordField({ form, name, label, testId }: Props) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <Form.Item label={label} required extra={t('users.passwordHint')} htmlFor={testId}>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item
          name={name}
          noStyle
          rules={[
            { required: true, message: t('users.passwordRequired') },
            {
              validator: async (_, value?: string) => {
                if (value && !newPasswordSchema.safeParse(value).success)
                  throw new Error(t('users.passwordRule'));
              },
            },
          ]}
        >
          <Input.Password
            id={testId}
            autoComplete="new-password"
            visibilityToggle={{ visible, onVisibleChange: setVisible }}
            placeholder={t('users.passwordRule')}
            data-testid={testId}
          />
        </Form.Item>
        <Button
          onClick={() => {
            form.setFieldValue(name, generatePassword());
            void form.validateFields([name]);
            setVisible(true);
          }}
        >
          {t('users.generate')}
        </Button>
      </Space.Compact>
    </Form.Item>
  );
}
