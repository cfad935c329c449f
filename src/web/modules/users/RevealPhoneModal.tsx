import { Alert, Button, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../contracts/api/users';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import { useRevealPhone } from './queries';

/** The full phone number is shown only after the viewer states a purpose, which the server audits. */
export function RevealPhoneModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const reveal = useRevealPhone();
  const [form] = Form.useForm<{ purpose: string }>();

  const submit = ({ purpose }: { purpose: string }) =>
    reveal.mutate(
      { userId: user.id, purpose: purpose.trim() },
      { onError: (error) => applyFieldErrors(form, error) },
    );

  const footer = reveal.data
    ? [
        <Button key="close" type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="submit"
          type="primary"
          loading={reveal.isPending}
          onClick={() => form.submit()}
          data-testid="phone-reveal-submit"
        >
          {t('users.reveal')}
        </Button>,
      ];

  return (
    <Modal open title={`${t('users.revealTitle')} · ${user.displayName}`} onCancel={onClose} footer={footer}>
      <Alert type="info" showIcon title={t('users.revealNotice')} style={{ marginBottom: 16 }} />
      {reveal.data ? (
        <Descriptions
          column={1}
          data-testid="phone-reveal-value"
          items={[
            {
              key: 'phone',
              label: t('users.revealValue'),
              children: (
                <Typography.Text strong copyable style={{ fontSize: '1.25em' }}>
                  {reveal.data.value}
                </Typography.Text>
              ),
            },
          ]}
        />
      ) : (
        <Form form={form} layout="vertical" onFinish={submit}>
          {reveal.isError && (
            <Alert type="error" showIcon title={errorText(reveal.error)} style={{ marginBottom: 16 }} />
          )}
          <Form.Item
            name="purpose"
            label={t('users.purpose')}
            rules={[
              { required: true, whitespace: true, message: t('users.purposeRequired') },
              { min: 2, max: 200, message: t('users.purposeLength') },
            ]}
          >
            <Input.TextArea
              rows={3}
              maxLength={200}
              showCount
              placeholder={t('users.purposePlaceholder')}
              data-testid="phone-reveal-purpose"
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
