import { Empty, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FlagLevelName, NominateFlagBody } from '../../../../contracts/api/assess-flags';
import { levelOfCode } from '../../../../contracts/region-code';
import { useCurrentUser } from '../../../app/auth';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { useFormModal } from '../../../app/components/use-form-modal';
import { HouseholdPick } from '../../events/catalogue/HouseholdPick';
import { flagsApi, flagsKey, useFlagKinds } from './api';

// 提名: the kinds the caller's level nominates for (village: 屯 and 户; township: 村; county: 乡镇),
// the target of the kind's level and the deeds. The server checks the same (policy.ts).

const NOMINATES: Record<string, FlagLevelName[]> = {
  county: ['township'],
  township: ['village'],
  village: ['group', 'household'],
};

export function NominateModal({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const kinds = useFlagKinds();
  const levels = NOMINATES[levelOfCode(me.scopeCode)] ?? [];
  const options = (kinds.data ?? []).filter((k) => levels.includes(k.level));
  const { form, pending, submit } = useFormModal<NominateFlagBody>({
    mutationFn: flagsApi.nominate,
    success: t('assessFlags.saved'),
    invalidate: [flagsKey],
    onClose,
  });
  const kindId = Form.useWatch('kindId', form);
  const level = options.find((k) => k.id === kindId)?.level;
  return (
    <Modal
      open
      title={t('assessFlags.nominateTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'flag-nominate-submit', disabled: options.length === 0 }}
      confirmLoading={pending}
      destroyOnHidden
    >
      {options.length === 0 && !kinds.isLoading ? (
        <Empty description={t('assessFlags.noNominable')} />
      ) : (
        <Form<NominateFlagBody> form={form} layout="vertical" initialValues={{ year }} onFinish={submit}>
          <Form.Item name="kindId" label={t('assessFlags.kind')} rules={[{ required: true }]}>
            <Select
              data-testid="flag-nominate-kind"
              options={options.map((k) => ({
                value: k.id,
                label: `${k.name}（${t(`assessFlags.levels.${k.level}`)}）`,
              }))}
            />
          </Form.Item>
          <Form.Item name="year" label={t('assessFlags.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          {level === 'household' ? (
            <Form.Item
              name="householdId"
              label={t('assessFlags.targetHousehold')}
              rules={[{ required: true }]}
            >
              <HouseholdPick label={t('assessFlags.targetHousehold')} />
            </Form.Item>
          ) : level ? (
            <Form.Item name="regionCode" label={t('assessFlags.targetRegion')} rules={[{ required: true }]}>
              <RegionPicker allowedLevels={[level]} aria-label={t('assessFlags.targetRegion')} />
            </Form.Item>
          ) : null}
          <Form.Item
            name="reason"
            label={t('assessFlags.reason')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea rows={4} maxLength={1000} data-testid="flag-nominate-reason" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
