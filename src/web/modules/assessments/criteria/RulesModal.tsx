import { Flex, Form, Input, InputNumber, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PatchSetBody } from '../../../../contracts/api/assess-criteria';
import { useFormModal } from '../../../app/components/use-form-modal';
import { applyFieldErrors } from '../../../app/errors';
import { criteriaApi, criteriaKey, type SetDetail } from './api';

type Values = {
  name: string;
  thresholds: SetDetail['thresholds'];
  hasSatisfaction: boolean;
  satisfaction: { indicator: string; below: number; maxStars: number };
  vetoMaxStars: number;
};

/** The draft's name, star thresholds and caps. */
export function RulesModal({ set, onClose }: { set: SetDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) => {
      const body: PatchSetBody = {
        name: v.name,
        thresholds: v.thresholds,
        rules: {
          satisfaction: v.hasSatisfaction ? v.satisfaction : null,
          vetoMaxStars: v.vetoMaxStars,
          caps: set.rules.caps ?? null,
        },
      };
      return criteriaApi.update(set.id, body);
    },
    success: t('assessCriteria.saved'),
    invalidate: [criteriaKey],
    onClose,
    // Server paths are thresholds.four, rules.satisfaction.indicator: mark the nested fields.
    fieldErrors: (f, error) => {
      const fields = (error as { fields?: { path: string; message: string }[] }).fields ?? [];
      const marks = fields
        .map((x) => ({ name: x.path.replace(/^rules\./, '').split('.'), errors: [x.message] }))
        .filter((x) => x.name[0] === 'thresholds' || x.name[0] === 'satisfaction');
      if (marks.length) f.setFields(marks as never);
      return marks.length > 0 || applyFieldErrors(f, error);
    },
  });
  const hasSatisfaction = Form.useWatch('hasSatisfaction', form);
  const levels = ['five', 'four', 'three', 'two'] as const;
  return (
    <Modal
      open
      title={t('assessCriteria.editThresholds')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'criteria-rules-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          name: set.name,
          thresholds: set.thresholds,
          hasSatisfaction: !!set.rules.satisfaction,
          satisfaction: set.rules.satisfaction ?? { indicator: 'G1', below: 60, maxStars: 2 },
          vetoMaxStars: set.rules.vetoMaxStars,
        }}
        onFinish={submit}
      >
        <Form.Item
          name="name"
          label={t('assessCriteria.name')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Flex gap={8} wrap>
          {levels.map((l) => (
            <Form.Item
              key={l}
              name={['thresholds', l]}
              label={t(`assessCriteria.stars.${l}`)}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} max={1000} style={{ width: 90 }} />
            </Form.Item>
          ))}
        </Flex>
        <Form.Item name="hasSatisfaction" label={t('assessCriteria.rules')} valuePropName="checked">
          <Switch
            checkedChildren={t('assessCriteria.satisfactionCode')}
            unCheckedChildren={t('assessCriteria.noSatisfaction')}
          />
        </Form.Item>
        {hasSatisfaction && (
          <Flex gap={8} wrap>
            <Form.Item
              name={['satisfaction', 'indicator']}
              label={t('assessCriteria.satisfactionCode')}
              rules={[{ required: true }]}
            >
              <Input maxLength={16} style={{ width: 100 }} />
            </Form.Item>
            <Form.Item
              name={['satisfaction', 'below']}
              label={t('assessCriteria.satisfactionBelow')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} max={100} style={{ width: 90 }} />
            </Form.Item>
            <Form.Item
              name={['satisfaction', 'maxStars']}
              label={t('assessCriteria.satisfactionMax')}
              rules={[{ required: true }]}
            >
              <InputNumber min={1} max={5} style={{ width: 90 }} />
            </Form.Item>
          </Flex>
        )}
        <Form.Item name="vetoMaxStars" label={t('assessCriteria.vetoMaxStars')} rules={[{ required: true }]}>
          <InputNumber min={1} max={5} style={{ width: 90 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
