import { Alert, App, Button, Card, Checkbox, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CADRE_GRADES, type CadreRulesBody } from '../../../../contracts/api/assess-cadres';
import { applyFieldErrors, useErrorText } from '../../../app/errors';
import { assessCadresApi, useCadreMutation, useCadreRules } from './api';

// 村干部考核规则 (county): weights adding up to 100, grade thresholds, the one-vote rule and the
// pay coefficients (typed as 1.20, stored ×100).

type FormValues = Omit<CadreRulesBody, 'pay' | 'oneVote'> & {
  pay: Record<(typeof CADRE_GRADES)[number], number>;
  approve: CadreRulesBody['oneVote']['approve'] | 'off';
  veto: boolean;
};

const WEIGHTS = ['members', 'villagers', 'township', 'debrief'] as const;
const THRESHOLDS = ['excellent', 'competent', 'basic'] as const;

export default function CadreRulesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<FormValues>();
  const rules = useCadreRules();
  const save = useCadreMutation((body: CadreRulesBody) => assessCadresApi.saveRules(body));
  const weights = Form.useWatch('weights', form);
  const sum = WEIGHTS.reduce((a, k) => a + (Number(weights?.[k]) || 0), 0);

  useEffect(() => {
    const r = rules.data;
    if (!r) return;
    form.setFieldsValue({
      weights: r.weights,
      grades: r.grades,
      approve: r.oneVote.approve ?? 'off',
      veto: r.oneVote.veto,
      pay: Object.fromEntries(CADRE_GRADES.map((g) => [g, r.pay[g] / 100])) as FormValues['pay'],
    });
  }, [rules.data, form]);

  const submit = (v: FormValues) =>
    save.mutate(
      {
        weights: v.weights,
        grades: v.grades,
        oneVote: { approve: v.approve === 'off' ? null : v.approve, veto: v.veto },
        pay: Object.fromEntries(
          CADRE_GRADES.map((g) => [g, Math.round(v.pay[g] * 100)]),
        ) as CadreRulesBody['pay'],
      },
      {
        onSuccess: () => message.success(t('assessCadres.saved')),
        onError: (e) => {
          if (!applyFieldErrors(form, e)) message.error(errorText(e));
        },
      },
    );

  const num = (name: (string | number)[], label: string, extra: object = {}) => (
    <Form.Item
      key={name.join('.')}
      name={name}
      label={label}
      rules={[{ required: true }]}
      style={{ minWidth: 130 }}
    >
      <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} {...extra} />
    </Form.Item>
  );

  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('assessCadres.rulesTitle')}
      </Typography.Title>
      <Link to="/assess-cadres" style={{ textDecoration: 'underline' }}>
        {t('assessCadres.title')}
      </Link>
      <Alert type="info" showIcon message={t('assessCadres.rules.intro')} />
      {rules.isError && <Typography.Text type="danger">{errorText(rules.error)}</Typography.Text>}
      <Form form={form} layout="vertical" onFinish={submit} data-testid="cadre-rules-form">
        <Card
          size="small"
          title={t('assessCadres.rules.weights')}
          extra={t('assessCadres.rules.sum', { sum })}
        >
          <Flex wrap gap={12}>
            {WEIGHTS.map((k) => num(['weights', k], t(`assessCadres.rules.${k}`)))}
          </Flex>
        </Card>
        <Card size="small" title={t('assessCadres.rules.grades')} style={{ marginTop: 12 }}>
          <Flex wrap gap={12}>
            {THRESHOLDS.map((k) => num(['grades', k], t(`assessCadres.grades.${k}`), { min: 1 }))}
          </Flex>
        </Card>
        <Card size="small" title={t('assessCadres.rules.oneVote')} style={{ marginTop: 12 }}>
          <Form.Item name="approve" label={t('assessCadres.rules.approve')}>
            <Select
              style={{ maxWidth: 200 }}
              options={[
                { value: 'off', label: t('assessCadres.rules.approveOff') },
                ...(['excellent', 'competent', 'basic'] as const).map((g) => ({
                  value: g,
                  label: t(`assessCadres.grades.${g}`),
                })),
              ]}
            />
          </Form.Item>
          <Form.Item name="veto" valuePropName="checked">
            <Checkbox>{t('assessCadres.rules.veto')}</Checkbox>
          </Form.Item>
        </Card>
        <Card size="small" title={t('assessCadres.rules.pay')} style={{ marginTop: 12 }}>
          <Flex wrap gap={12}>
            {CADRE_GRADES.map((g) => (
              <Form.Item
                key={g}
                name={['pay', g]}
                label={t(`assessCadres.grades.${g}`)}
                rules={[{ required: true }]}
              >
                <InputNumber min={0} max={3} step={0.05} precision={2} style={{ width: 120 }} />
              </Form.Item>
            ))}
          </Flex>
        </Card>
        <Button
          type="primary"
          htmlType="submit"
          loading={save.isPending}
          style={{ marginTop: 12 }}
          data-testid="cadre-rules-save"
        >
          {t('assessCadres.save')}
        </Button>
      </Form>
    </Flex>
  );
}
