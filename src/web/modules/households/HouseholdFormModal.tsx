import type { FormInstance } from 'antd';
import { Divider, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Household, Person } from '../../../contracts/api/households';
import {
  type Coded,
  type labourCapacity,
  type leftBehind,
  povertyStatus,
} from '../../../contracts/registry/enums';
import { ApiError } from '../../app/api';
import { CodedSelect } from '../../app/components/CodedSelect';
import { RegionPicker } from '../../app/components/RegionPicker';
import { useFormModal } from '../../app/components/use-form-modal';
import { type Ethnicity, householdsApi } from './api';
import { PersonFields } from './PersonFields';
import { householdsKey } from './queries';
import { HOUSEHOLD_NO_PATTERN, orNull } from './rules';

type HeadValues = {
  name: string;
  idNumber: string;
  ethnicity?: Ethnicity;
  phone?: string;
  labour?: string;
  leftBehind?: string;
};
type Values = {
  householdNo: string;
  regionCode: string;
  address?: string;
  povertyStatus: string;
  incomePerCapita?: number | null;
  relocated: boolean;
  relocationSite?: string;
  helperName?: string;
  headPersonId?: string;
  moveReason?: string;
  head?: HeadValues;
};

const HEAD_FIELDS = new Set(['name', 'idNumber', 'ethnicity', 'phone', 'labour', 'leftBehind']);

/** Puts server field errors on the form; the head's fields live under ["head", …] when creating. */
const markFields = (form: FormInstance, error: unknown, creating: boolean): boolean => {
  if (!(error instanceof ApiError) || !error.fields?.length) return false;
  const marks = error.fields.map((f) => {
    const parts = f.path.split(/[./]/).filter(Boolean);
    const last = parts[parts.length - 1] ?? f.path;
    const name = creating && (parts.includes('head') || HEAD_FIELDS.has(last)) ? ['head', last] : [last];
    return { name, errors: [f.message] };
  });
  form.setFields(marks);
  return true;
};

/** 新建农户 (with its head) or 修改户信息 (village move, head change). */
export function HouseholdFormModal({
  household,
  members,
  onClose,
  onCreated,
}: {
  household?: Household;
  members?: Person[];
  onClose: () => void;
  onCreated?: (h: Household) => void;
}) {
  const { t } = useTranslation();
  const creating = !household;
  const { form, pending, submit } = useFormModal<Values, Household | null>({
    mutationFn: async (v) => {
      const fields = {
        householdNo: v.householdNo.trim(),
        regionCode: v.regionCode,
        address: orNull(v.address),
        povertyStatus: v.povertyStatus as Coded<typeof povertyStatus>,
        incomePerCapita: v.incomePerCapita ?? null,
        relocated: v.relocated,
        relocationSite: v.relocated ? orNull(v.relocationSite) : null,
        helperName: orNull(v.helperName),
      };
      if (household) {
        await householdsApi.update(household.id, {
          ...fields,
          headPersonId:
            v.headPersonId && v.headPersonId !== household.headPersonId ? v.headPersonId : undefined,
          moveReason: v.regionCode !== household.regionCode ? (orNull(v.moveReason) ?? undefined) : undefined,
        });
        return null;
      }
      const h = v.head as HeadValues;
      return householdsApi.create({
        ...fields,
        head: {
          name: h.name.trim(),
          idNumber: h.idNumber.trim().toUpperCase(),
          ethnicity: h.ethnicity ?? '01',
          phone: orNull(h.phone),
          labour: (h.labour ?? null) as Coded<typeof labourCapacity> | null,
          leftBehind: (h.leftBehind ?? null) as Coded<typeof leftBehind> | null,
        },
      });
    },
    success: (created) => (created ? t('households.created') : t('households.saved')),
    invalidate: [householdsKey],
    onSuccess: (created) => {
      if (created) onCreated?.(created);
    },
    onClose,
    fieldErrors: (form, error) => markFields(form, error, creating),
  });
  const relocated = Form.useWatch('relocated', form);
  const regionCode = Form.useWatch('regionCode', form);

  return (
    <Modal
      open
      title={household ? t('households.editHousehold') : t('households.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={pending}
      okButtonProps={{ 'data-testid': 'household-form-submit' }}
      destroyOnHidden
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="household-form"
        initialValues={
          household
            ? { ...household, headPersonId: household.headPersonId ?? undefined }
            : { povertyStatus: 'general', relocated: false, head: { ethnicity: '01' } }
        }
      >
        {creating && <Divider titlePlacement="start">{t('households.householdSection')}</Divider>}
        <Form.Item
          name="householdNo"
          label={t('households.householdNo')}
          rules={[
            { required: true, whitespace: true, message: t('households.householdNoRequired') },
            { pattern: HOUSEHOLD_NO_PATTERN, message: t('households.householdNoInvalid') },
          ]}
        >
          <Input maxLength={32} data-testid="household-no" />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('households.village')}
          rules={[{ required: true, message: t('households.villageRequired') }]}
        >
          <RegionPicker
            allowedLevels={['village', 'group']}
            initialLabel={household?.regionName}
            data-testid="household-region"
          />
        </Form.Item>
        {household && regionCode && regionCode !== household.regionCode && (
          <Form.Item
            name="moveReason"
            label={t('households.moveReason')}
            extra={t('households.moveReasonHint')}
          >
            <Input maxLength={200} />
          </Form.Item>
        )}
        <Form.Item name="address" label={t('households.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="povertyStatus" label={t('households.povertyStatus')}>
          <CodedSelect coded={povertyStatus} data-testid="household-poverty" />
        </Form.Item>
        <Form.Item
          name="incomePerCapita"
          label={t('households.incomePerCapita')}
          rules={[{ type: 'integer', min: 0, max: 10_000_000, message: t('households.incomeInvalid') }]}
        >
          <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="relocated" label={t('households.relocated')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {relocated && (
          <Form.Item name="relocationSite" label={t('households.relocationSite')}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        <Form.Item name="helperName" label={t('households.helperName')}>
          <Input maxLength={32} />
        </Form.Item>
        {household && members && members.length > 0 && (
          <Form.Item name="headPersonId" label={t('households.head')}>
            <Select options={members.map((m) => ({ value: m.id, label: m.name }))} />
          </Form.Item>
        )}
        {creating && (
          <>
            <Divider titlePlacement="start">{t('households.headSection')}</Divider>
            <PersonFields prefix={['head']} />
          </>
        )}
      </Form>
    </Modal>
  );
}
