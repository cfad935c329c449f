import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Asks for the reason a return, a cancellation or a reversal needs (2–200 characters). */
export function ReasonModal({
  title,
  warning,
  okText,
  pending,
  onSubmit,
  onClose,
}: {
  title: string;
  warning?: string;
  okText?: string;
  pending: boolean;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('common.ok')}
      okButtonProps={{ danger: true, 'data-testid': 'reason-ok' }}
      confirmLoading={pending}
      onCancel={onClose}
      onOk={() => form.validateFields().then((v) => onSubmit(v.reason.trim()))}
      destroyOnHidden
    >
      {warning && <Typography.Paragraph type="warning">{warning}</Typography.Paragraph>}
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('points.reason')}
          rules={[
            { required: true, whitespace: true, message: t('points.reasonRequired') },
            { min: 2, message: t('points.reasonRequired') },
            { max: 200, message: t('points.reasonTooLong') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={200} data-testid="reason-input" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
