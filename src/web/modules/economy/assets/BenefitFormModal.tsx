import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { BENEFIT_KINDS, type BenefitBody } from '../../../../contracts/api/economy-assets';
import { useFormModal } from '../../../app/components/use-form-modal';
import { HouseholdPick } from '../../events/catalogue/HouseholdPick';
import {
  type BenefitView,
  blankToNull,
  econAssetsApi,
  econAssetsKey,
  toFen,
  toYuan,
  useEntities,
} from './api';
import { THIS_YEAR, YEARS } from './shared';

// 登记、编辑农户受益: the household is picked by head's name or number (like events and flags);
// the server files it under the household's village and checks it lies in the caller's scope.

type Values = Omit<BenefitBody, 'amountFen'> & { amountFen?: number | null };

export function BenefitFormModal({ benefit, onClose }: { benefit?: BenefitView; onClose: () => void }) {
  const { t } = useTranslation();
  const entities = useEntities({ page: 1, pageSize: 200, sort: 'name' });
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) => {
      const body = {
        entityId: v.entityId ?? null,
        year: Number(v.year),
        kind: v.kind,
        amountFen: toFen(v.amountFen) ?? 0,
        jobs: v.jobs ?? 0,
        note: blankToNull(v.note),
      };
      return benefit
        ? econAssetsApi.updateBenefit(benefit.id, body)
        : econAssetsApi.createBenefit({ ...body, householdId: v.householdId });
    },
    success: t('econAssets.saved'),
    invalidate: [econAssetsKey],
    onClose,
  });
  return (
    <Modal
      open
      title={benefit ? t('econAssets.benefit.editTitle') : t('econAssets.benefit.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'econ-benefit-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          benefit
            ? { ...benefit, amountFen: toYuan(benefit.amountFen) }
            : { year: THIS_YEAR, kind: 'dividend', jobs: 0 }
        }
      >
        {!benefit && (
          <Form.Item
            name="householdId"
            label={t('econAssets.benefit.household')}
            extra={t('econAssets.benefit.householdHint')}
            rules={[{ required: true }]}
          >
            <HouseholdPick label={t('econAssets.benefit.household')} />
          </Form.Item>
        )}
        <Form.Item name="year" label={t('econAssets.year')} rules={[{ required: true }]}>
          <Select options={YEARS.map((y) => ({ value: y, label: String(y) }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('econAssets.benefit.kind')} rules={[{ required: true }]}>
          <Select
            options={BENEFIT_KINDS.map((k) => ({ value: k, label: t(`econAssets.benefitKinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="amountFen" label={t('econAssets.benefit.amount')}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="econ-benefit-amount" />
        </Form.Item>
        <Form.Item name="jobs" label={t('econAssets.benefit.jobs')}>
          <InputNumber min={0} max={50} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="entityId" label={t('econAssets.benefit.entity')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={entities.isLoading}
            options={(entities.data?.items ?? []).map((e) => ({
              value: e.id,
              label: e.villageName ? `${e.name}（${e.villageName}）` : e.name,
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('econAssets.benefit.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
