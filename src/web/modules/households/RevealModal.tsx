import { Alert, Button, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../contracts/api/households';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import type { PiiField } from './api';
import { useRevealPerson } from './queries';

/** The full ID number or phone, shown only after the viewer states a purpose (audited by the server). */
export function RevealModal({
  person,
  field,
  onClose,
}: {
  person: Person;
  field: PiiField;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const reveal = useRevealPerson();
  const [form] = Form.useForm<{ purpose: string }>();
  const fieldLabel = field === 'idNumber' ? t('households.idNumber') : t('households.phone');

  const submit = ({ purpose }: { purpose: string }) =>
    reveal.mutate(
      { id: person.id, field, purpose: purpose.trim() },
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
          data-testid="pii-reveal-submit"
        >
          {t('households.reveal')}
        </Button>,
      ];

  return (
    <Modal
      open
      title={`${t('households.revealTitle')} · ${person.name} · ${fieldLabel}`}
      onCancel={onClose}
      footer={footer}
    >
      <Alert type="info" showIcon title={t('households.revealNotice')} style={{ marginBottom: 16 }} />
      {reveal.data ? (
        <Descriptions
          column={1}
          data-testid="pii-reveal-value"
          items={[
            {
              key: 'value',
              label: fieldLabel,
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
          <PurposeField />
        </Form>
      )}
    </Modal>
  );
}

/** The purpose text area, shared by reveal and full export. */
export function PurposeField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="purpose"
      label={t('households.purpose')}
      rules={[
        { required: true, whitespace: true, message: t('households.purposeRequired') },
        { min: 2, max: 200, message: t('households.purposeLength') },
      ]}
    >
      <Input.TextArea
        rows={3}
        maxLength={200}
        showCount
        placeholder={t('households.purposePlaceholder')}
        data-testid="pii-purpose"
      />
    </Form.Item>
  );
}
