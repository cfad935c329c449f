import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EconomyPlan } from '../../../../contracts/api/economy-plans';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { useFormModal } from '../../../app/components/use-form-modal';
import { PLANS_KEY, plansApi } from './api';
import type { econPlansZh } from './messages';

type Values = {
  regionCode: string;
  title: string;
  startYear: number;
  endYear: number;
  measures: string;
  targets: { year: number; yuan: number }[];
  ledProjectId?: string;
};

const thisYear = new Date().getFullYear();

/** 一村一方案's form: the village, the period, measures, yearly targets in 元 and the led project. */
export function PlanFormModal({ plan, onClose }: { plan: EconomyPlan | null; onClose: () => void }) {
  const { t } = useTranslation();
  const f = (k: keyof typeof econPlansZh.plans.fields) => t(`econPlans.plans.fields.${k}` as const);
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) => {
      const body = {
        title: v.title,
        startYear: v.startYear,
        endYear: v.endYear,
        measures: v.measures,
        targets: (v.targets ?? []).map((x) => ({ year: x.year, operatingFen: Math.round(x.yuan * 100) })),
        ledProjectId: v.ledProjectId?.trim() || null,
      };
      return plan
        ? plansApi.updatePlan(plan.id, body)
        : plansApi.createPlan({ ...body, regionCode: v.regionCode });
    },
    success: t('econPlans.plans.saved'),
    invalidate: [PLANS_KEY],
    onClose,
  });
  const initial: Partial<Values> = plan
    ? {
        ...plan,
        ledProjectId: plan.ledProjectId ?? undefined,
        targets: plan.targets.map((x) => ({ year: x.year, yuan: x.operatingFen / 100 })),
      }
    : { startYear: thisYear, endYear: thisYear + 2, targets: [] };
  return (
    <Modal
      open
      title={plan ? t('econPlans.plans.edit') : t('econPlans.plans.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} data-testid="plan-form">
        {!plan && (
          <Form.Item name="regionCode" label={f('regionCode')} rules={[{ required: true }]}>
            <RegionPicker allowedLevels={['village']} aria-label={f('regionCode')} />
          </Form.Item>
        )}
        <Form.Item name="title" label={f('title')} rules={[{ required: true, min: 2, max: 100 }]}>
          <Input />
        </Form.Item>
        <Flex gap={8} wrap>
          <Form.Item name="startYear" label={f('startYear')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="endYear" label={f('endYear')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
        </Flex>
        <Form.Item name="measures" label={f('measures')} rules={[{ required: true, max: 5000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <Form.List name="targets">
          {(fields, { add, remove }) => (
            <Flex vertical gap={4}>
              <span>{f('targets')}</span>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline" wrap>
                  <Form.Item
                    name={[field.name, 'year']}
                    rules={[{ required: true }]}
                    style={{ marginBottom: 8 }}
                  >
                    <InputNumber
                      min={2000}
                      max={2100}
                      precision={0}
                      aria-label={f('targetYear')}
                      placeholder={f('targetYear')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'yuan']}
                    rules={[{ required: true }]}
                    style={{ marginBottom: 8 }}
                  >
                    <InputNumber
                      min={0}
                      precision={2}
                      style={{ width: 180 }}
                      aria-label={f('targetYuan')}
                      placeholder={f('targetYuan')}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={f('removeTarget')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add()}
                style={{ marginBottom: 16 }}
              >
                {f('addTarget')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Form.Item name="ledProjectId" label={f('ledProjectId')}>
          <Input allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}
