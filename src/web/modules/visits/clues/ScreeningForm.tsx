import { App, Button, Form, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScreeningBody } from '../../../../contracts/api/visits-clues';
import { applyFieldErrors, useErrorText } from '../../../app/errors';
import { HouseholdPick } from '../../events/catalogue/HouseholdPick';
import { cluesApi, useClueMutation } from './api';
import { RiskChips } from './RiskChips';

/**
 * 上报返贫风险: risk type chips and what was found, for a given household (the household page's
 * dialog) or one picked by name or number (the grid worker's phone page).
 */
export function ScreeningForm({ householdId, onDone }: { householdId?: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<ScreeningBody>();
  const send = useClueMutation(cluesApi.screen);

  if (send.data)
    return (
      <Result
        status="success"
        title={t('visitsClues.screening.submitted')}
        subTitle={send.data.reason}
        data-testid="screening-done"
        extra={[
          <Button
            key="again"
            onClick={() => {
              send.reset();
              form.resetFields();
            }}
            data-testid="screening-again"
          >
            {t('visitsClues.screening.another')}
          </Button>,
          onDone && (
            <Button key="close" type="primary" onClick={onDone}>
              {t('common.close')}
            </Button>
          ),
        ]}
      />
    );

  return (
    <Form<ScreeningBody>
      form={form}
      layout="vertical"
      initialValues={{ householdId }}
      onFinish={(v) =>
        send.mutate(
          { ...v, householdId: householdId ?? v.householdId },
          {
            onError: (error) => {
              if (!applyFieldErrors(form, error)) message.error(errorText(error));
            },
          },
        )
      }
    >
      {!householdId && (
        <Form.Item
          name="householdId"
          label={t('visitsClues.screening.household')}
          rules={[{ required: true, message: t('visitsClues.screening.householdRequired') }]}
        >
          <HouseholdPick label={t('visitsClues.screening.household')} />
        </Form.Item>
      )}
      <Form.Item
        name="riskType"
        label={t('visitsClues.riskType')}
        rules={[{ required: true, message: t('visitsClues.riskRequired') }]}
      >
        <RiskChips testId="screening-risk" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('visitsClues.screening.description')}
        rules={[
          {
            required: true,
            whitespace: true,
            min: 2,
            message: t('visitsClues.screening.descriptionRequired'),
          },
        ]}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          placeholder={t('visitsClues.screening.descriptionPlaceholder')}
          data-testid="screening-description"
        />
      </Form.Item>
      <Button
        type="primary"
        size="large"
        block
        htmlType="submit"
        loading={send.isPending}
        data-testid="screening-submit"
      >
        {t('visitsClues.screening.submit')}
      </Button>
    </Form>
  );
}
