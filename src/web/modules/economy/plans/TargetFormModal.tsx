import { Flex, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EconomyTarget } from '../../../../contracts/api/economy-plans';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { useFormModal } from '../../../app/components/use-form-modal';
import { PLANS_KEY, plansApi } from './api';

type Values = {
  regionCode?: string;
  name: string;
  byYear: number;
  everyYuan?: number | null;
  shareYuan?: number | null;
  sharePercent?: number | null;
};

const fen = (y: number | null | undefined) => (y == null ? null : Math.round(y * 100));
const toYuan = (f: number | null) => (f == null ? null : f / 100);

/** A target: every village at least an amount, and a share of villages at a higher amount, by a year. */
export function TargetFormModal({ target, onClose }: { target: EconomyTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) => {
      const body = {
        name: v.name,
        byYear: v.byYear,
        everyMinFen: fen(v.everyYuan),
        shareMinFen: fen(v.shareYuan),
        sharePercent: v.sharePercent ?? null,
      };
      return target
        ? plansApi.updateTarget(target.id, body)
        : plansApi.createTarget({ ...body, regionCode: v.regionCode });
    },
    success: t('econPlans.tiers.targetSaved'),
    invalidate: [PLANS_KEY],
    onClose,
    fieldErrors: (f, error) => {
      const names: Record<string, keyof Values> = { everyMinFen: 'everyYuan', shareMinFen: 'shareYuan' };
      const fields = (error as { fields?: { path: string; message: string }[] }).fields ?? [];
      if (!fields.length) return false;
      f.setFields(
        fields.map((x) => ({ name: names[x.path] ?? (x.path as keyof Values), errors: [x.message] })),
      );
      return true;
    },
  });
  const initial: Values = target
    ? {
        name: target.name,
        byYear: target.byYear,
        everyYuan: toYuan(target.everyMinFen),
        shareYuan: toYuan(target.shareMinFen),
        sharePercent: target.sharePercent,
      }
    : { name: '', byYear: new Date().getFullYear() + 1 };
  return (
    <Modal
      open
      title={target ? t('econPlans.tiers.editTarget') : t('econPlans.tiers.addTarget')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} data-testid="target-form">
        {!target && (
          <Form.Item name="regionCode" label={t('econPlans.tiers.region')}>
            <RegionPicker allowedLevels={['county', 'township']} aria-label={t('econPlans.tiers.region')} />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('econPlans.tiers.name')}
          rules={[{ required: true, min: 2, max: 200 }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
        <Form.Item name="byYear" label={t('econPlans.tiers.byYear')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} precision={0} />
        </Form.Item>
        <Form.Item name="everyYuan" label={t('econPlans.tiers.everyYuan')}>
          <InputNumber min={0} precision={2} style={{ width: 180 }} />
        </Form.Item>
        <Flex gap={8} wrap>
          <Form.Item name="shareYuan" label={t('econPlans.tiers.shareYuan')}>
            <InputNumber min={0} precision={2} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="sharePercent" label={t('econPlans.tiers.sharePercent')}>
            <InputNumber min={1} max={100} precision={0} />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
