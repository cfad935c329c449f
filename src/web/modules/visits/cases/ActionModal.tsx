import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OBJECT_TYPE_CODES } from '../../../../contracts/api/visits-cases';
import { useErrorText } from '../../../app/errors';
import { type CaseDetail, casesApi } from './api';
import { MEASURE_CODES, RISK_CODES } from './codes';

// One step's form: what the action asks for (a home-visit day, the comparison's result, the notice's
// dates, the approval with its first measure, a reason), then the step taken on the server.

type Action = CaseDetail['actions'][number];
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

export function ActionModal({
  detail,
  action,
  onClose,
  onDone,
}: {
  detail: CaseDetail;
  action: Action | null;
  onClose: () => void;
  onDone: (d: CaseDetail) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const name = action?.action ?? '';
  const submit = async () => {
    if (!action) return;
    const v = await form.validateFields();
    const body =
      name === 'approve'
        ? {
            objectType: v.objectType,
            riskTypes: v.riskTypes,
            helperName: v.helperName,
            noLabour: !!v.noLabour,
            measures: v.measureKind
              ? [{ kind: v.measureKind, description: v.measureText, startedOn: v.measureFrom }]
              : [],
          }
        : v;
    try {
      onDone(await casesApi.act(detail.id, name, body));
      message.success(t('visitsCases.done'));
      form.resetFields();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const date = (field: string, label: string) => (
    <Form.Item name={field} label={label} rules={[{ required: true, message: `请填写${label}` }]}>
      <Input type="date" />
    </Form.Item>
  );
  return (
    <Modal open={action !== null} title={action?.label.zh} onCancel={onClose} onOk={submit} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          visitedOn: today(),
          objectType: detail.objectType ?? undefined,
          riskTypes: detail.riskTypes,
          measureFrom: today(),
        }}
      >
        {name === 'confirm_visit' && date('visitedOn', '入户核实日期')}
        {name === 'compare' && (
          <Form.Item
            name="compareResult"
            label={t('visitsCases.compareResult')}
            rules={[{ required: true, message: '请填写比对结果' }]}
          >
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        )}
        {name === 'set_notice' && (
          <>
            {date('noticeFrom', t('visitsCases.noticeFrom'))}
            {date('noticeTo', t('visitsCases.noticeTo'))}
          </>
        )}
        {name === 'approve' && (
          <>
            <Form.Item
              name="objectType"
              label={t('visitsCases.objectType')}
              rules={[{ required: true, message: '请选择监测对象类型' }]}
            >
              <Select
                options={OBJECT_TYPE_CODES.map((c) => ({
                  value: c,
                  label: t(`visitsCases.objectTypes.${c}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="riskTypes"
              label={t('visitsCases.riskTypes')}
              rules={[{ required: true, message: '请选择风险类型' }]}
            >
              <Select
                mode="multiple"
                options={RISK_CODES.map((c) => ({ value: c, label: t(`visitsCases.risks.${c}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="helperName"
              label={t('visitsCases.helper')}
              rules={[{ required: true, message: '请填写帮扶责任人' }]}
            >
              <Input maxLength={32} />
            </Form.Item>
            <Form.Item name="noLabour" valuePropName="checked">
              <Checkbox>{t('visitsCases.noLabour')}</Checkbox>
            </Form.Item>
            <Form.Item name="measureKind" label={`${t('visitsCases.measures')}：${t('visitsCases.kind')}`}>
              <Select
                allowClear
                options={MEASURE_CODES.map((c) => ({ value: c, label: t(`visitsCases.measureKinds.${c}`) }))}
              />
            </Form.Item>
            <Form.Item name="measureText" label={t('visitsCases.description')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            {date('measureFrom', t('visitsCases.startedOn'))}
          </>
        )}
        {action?.needs.includes('reason') && (
          <Form.Item
            name="reason"
            label={t('visitsCases.reason')}
            rules={[{ required: true, message: '请填写理由' }]}
          >
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
