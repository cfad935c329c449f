import { App, Button, Card, Checkbox, Flex, Form, Result, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { OBJECT_TYPE_CODES } from '../../../../contracts/api/visits-cases';
import { useErrorText } from '../../../app/errors';
import { casesApi } from './api';
import { RISK_CODES } from './codes';

// 启动识别 (phone form): opened from a household (一户一档) or a risk signal with ?householdId&signalId;
// the village review begins and its due time is counted in working days.

interface Values {
  riskTypes: string[];
  objectType?: string;
}

export default function CaseNewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const householdId = params.get('householdId');
  const signalId = params.get('signalId');
  const [form] = Form.useForm<Values>();
  const back = (
    <Link to="/monitoring-cases" style={{ textDecoration: 'underline' }}>
      {t('visitsCases.back')}
    </Link>
  );
  if (!householdId) return <Result status="info" title={t('visitsCases.noHousehold')} extra={back} />;
  const submit = async (v: Values) => {
    try {
      const made = await casesApi.start({
        householdId,
        signalId: signalId ?? undefined,
        riskTypes: v.riskTypes,
        objectType: (v.objectType as 'marginal' | undefined) ?? undefined,
      });
      message.success(t('visitsCases.started'));
      navigate(`/monitoring-cases/${made.id}`);
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <Flex vertical gap={12} style={{ maxWidth: 640 }}>
      {back}
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('visitsCases.newTitle')}
      </Typography.Title>
      <Card size="small">
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ riskTypes: [] }}>
          <Form.Item
            name="riskTypes"
            label={t('visitsCases.riskTypes')}
            rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一种风险类型' }]}
          >
            <Checkbox.Group
              options={RISK_CODES.map((code) => ({ value: code, label: t(`visitsCases.risks.${code}`) }))}
            />
          </Form.Item>
          <Form.Item name="objectType" label={t('visitsCases.objectType')}>
            <Select
              allowClear
              options={OBJECT_TYPE_CODES.map((code) => ({
                value: code,
                label: t(`visitsCases.objectTypes.${code}`),
              }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block data-testid="case-start">
            {t('visitsCases.start')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
