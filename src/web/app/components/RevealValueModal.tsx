import { Alert, Button, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, useErrorText } from '../errors';

export interface RevealTexts {
  title: string;
  notice: string;
  valueLabel: string;
  submit: string;
  purpose: string;
  purposeRequired: string;
  purposeLength: string;
  purposePlaceholder: string;
}

interface RevealMutation {
  mutate: (purpose: string, options: { onError: (error: Error) => void }) => void;
  data?: { value: string | null };
  isPending: boolean;
  isError: boolean;
  error: Error | null;
}

/** The purpose text area (查看事由), shared by reveals and unmasked exports. */
export function PurposeField({ texts, testId }: { texts: RevealTexts; testId: string }) {
  return (
    <Form.Item
      name="purpose"
      label={texts.purpose}
      rules={[
        { required: true, whitespace: true, message: texts.purposeRequired },
        { min: 2, max: 200, message: texts.purposeLength },
      ]}
    >
      <Input.TextArea
        rows={3}
        maxLength={200}
        showCount
        placeholder={texts.purposePlaceholder}
        data-testid={testId}
      />
    </Form.Item>
  );
}

/**
 * Shows one masked value in full only after the viewer states a purpose; the server audits the
 * reveal with that purpose. Each module passes its own mutation and texts.
 */
export function RevealValueModal({
  texts,
  reveal,
  testIdPrefix,
  purposeTestId,
  onClose,
}: {
  texts: RevealTexts;
  reveal: RevealMutation;
  testIdPrefix: string;
  purposeTestId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ purpose: string }>();
  const submit = ({ purpose }: { purpose: string }) =>
    reveal.mutate(purpose.trim(), { onError: (error) => applyFieldErrors(form, error) });

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
          data-testid={`${testIdPrefix}-submit`}
        >
          {texts.submit}
        </Button>,
      ];

  return (
    <Modal open title={texts.title} onCancel={onClose} footer={footer}>
      <Alert type="info" showIcon title={texts.notice} style={{ marginBottom: 16 }} />
      {reveal.data ? (
        <Descriptions
          column={1}
          data-testid={`${testIdPrefix}-value`}
          items={[
            {
              key: 'value',
              label: texts.valueLabel,
              children: (
                <Typography.Text strong copyable style={{ fontSize: '1.25em' }}>
                  {reveal.data.value ?? '—'}
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
          <PurposeField texts={texts} testId={purposeTestId} />
        </Form>
      )}
    </Modal>
  );
}
