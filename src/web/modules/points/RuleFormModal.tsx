import { Alert, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateRuleBody, RuleView } from '../../../contracts/api/points';
import { ROLES } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { useFormModal } from '../../app/components/use-form-modal';
import { useLabels } from '../../app/labels';
import { pointsApi } from './api';
import { pointsKey } from './queries';

type Values = Omit<CreateRuleBody, 'regionCode'>;

/** Adds a rule at the user's own level, or edits one (which makes a new version). */
export function RuleFormModal({ rule, onClose }: { rule: RuleView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const me = useCurrentUser();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: ({ code, system, ...rest }) => {
      const body = {
        ...rest,
        maxPoints: rest.maxPoints ?? null,
        cap: rest.cap ?? null,
        capPeriod: rest.capPeriod ?? null,
        freezeMonths: rest.freezeMonths ?? null,
      };
      return rule
        ? pointsApi.updateRule(rule.id, body)
        : pointsApi.createRule({ code, system, ...body, regionCode: me.scopeCode });
    },
    success: t('points.saved'),
    invalidate: [pointsKey],
    onClose,
  });
  const roles = ROLES.map((r) => ({ value: r, label: labels.role(r) }));
  const int = { precision: 0, style: { width: '100%' } } as const;
  return (
    <Modal
      open
      width={640}
      title={rule ? t('points.editRule', { code: rule.code }) : t('points.addRule')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'rule-form-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      {rule && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('points.editExplain', { next: rule.version + 1 })}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          rule ?? {
            system: 'civil',
            evidenceRequired: false,
            active: true,
            proposerRoles: ['grid_worker', 'village'],
            approverRoles: ['village'],
          }
        }
        onFinish={submit}
      >
        <Form.Item
          name="system"
          label={t('points.systemLabel')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            disabled={!!rule}
            options={[
              { value: 'civil', label: t('points.system.civil') },
              { value: 'member', label: t('points.system.member') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('points.ruleCode')}
          rules={[{ required: true, whitespace: true, message: t('points.codeRequired') }, { max: 16 }]}
        >
          <Input disabled={!!rule} maxLength={16} placeholder="V01" data-testid="rule-form-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('points.ruleName')}
          rules={[
            { required: true, min: 2, whitespace: true, message: t('points.ruleNameRequired') },
            { max: 100 },
          ]}
        >
          <Input maxLength={100} data-testid="rule-form-name" />
        </Form.Item>
        <Form.Item
          name="points"
          label={t('points.rulePoints')}
          extra={t('points.rulePointsHint')}
          rules={[
            { required: true, message: t('points.pointsNeeded') },
            {
              validator: (_, v) =>
                v === 0 ? Promise.reject(new Error(t('points.pointsNotZero'))) : Promise.resolve(),
            },
          ]}
        >
          <InputNumber min={-1000} max={1000} {...int} data-testid="rule-form-points" />
        </Form.Item>
        <Form.Item name="maxPoints" label={t('points.maxPoints')} extra={t('points.maxPointsHint')}>
          <InputNumber min={-1000} max={1000} {...int} />
        </Form.Item>
        <Form.Item
          name="proposerRoles"
          label={t('points.proposerRoles')}
          rules={[{ required: true, message: t('points.proposerRequired') }]}
        >
          <Select mode="multiple" options={roles} />
        </Form.Item>
        <Form.Item
          name="approverRoles"
          label={t('points.approverRoles')}
          rules={[{ required: true, message: t('points.approverRequired') }]}
        >
          <Select mode="multiple" options={roles} />
        </Form.Item>
        <Form.Item label={t('points.cap')} style={{ marginBottom: 0 }}>
          <Form.Item name="capPeriod" style={{ display: 'inline-block', width: 'calc(50% - 4px)' }}>
            <Select
              allowClear
              placeholder={t('points.capPeriod')}
              options={(['month', 'quarter', 'year'] as const).map((p) => ({
                value: p,
                label: t(`points.capPeriods.${p}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="cap" style={{ display: 'inline-block', width: 'calc(50% - 4px)', marginLeft: 8 }}>
            <InputNumber min={1} max={10_000} placeholder={t('points.capPoints')} {...int} />
          </Form.Item>
        </Form.Item>
        <Form.Item name="freezeMonths" label={t('points.freezeMonths')} extra={t('points.freezeHint')}>
          <InputNumber min={1} max={24} {...int} />
        </Form.Item>
        <Form.Item name="evidenceRequired" label={t('points.photoNeeded')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="active" label={t('points.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="note" label={t('points.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
