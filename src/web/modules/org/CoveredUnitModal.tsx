import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoveredUnit, CoveredUnitBody } from '../../../contracts/api/org';
import { coveredUnitType } from '../../../contracts/registry/enums';
import { CodedSelect } from '../../app/components/CodedSelect';
import { RegionPicker } from '../../app/components/RegionPicker';
import { useFormModal } from '../../app/components/use-form-modal';
import { useDebounced } from '../../app/use-debounced';
import { orgApi } from './api';
import { orgKey, useOrgSearch } from './queries';

type Values = {
  name: string;
  unitType: CoveredUnitBody['unitType'];
  regionCode: string;
  employees?: number | null;
  partyOrgId?: string | null;
  instructorName?: string | null;
};

/**
 * 登记 or 编辑 a unit of the two coverages (两个覆盖): a non-public enterprise or social
 * organization, where it is, how many work there, the party organization that covers it
 * (organizational coverage) and its party-building instructor (work coverage). Saving refreshes
 * the coverage rates.
 */
export function CoveredUnitModal({ unit, onClose }: { unit?: CoveredUnit; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) => {
      const body: CoveredUnitBody = {
        name: v.name.trim(),
        unitType: v.unitType,
        regionCode: v.regionCode,
        employees: v.employees ?? null,
        partyOrgId: v.partyOrgId ?? null,
        instructorName: v.instructorName?.trim() || null,
      };
      return unit ? orgApi.updateUnit(unit.id, body) : orgApi.createUnit(body);
    },
    success: t('org.saved'),
    invalidate: [orgKey],
    onClose,
  });
  const [search, setSearch] = useState('');
  const orgs = useOrgSearch(useDebounced(search.trim()));
  const orgOptions = (orgs.data?.items ?? []).map((o) => ({
    value: o.id,
    label: `${o.name}（${o.regionName}）`,
  }));
  // The organization already chosen stays selectable even when the search does not list it.
  if (unit?.partyOrgId && !orgOptions.some((o) => o.value === unit.partyOrgId))
    orgOptions.unshift({ value: unit.partyOrgId, label: unit.partyOrgName ?? unit.partyOrgId });

  return (
    <Modal
      open
      title={unit ? t('org.editUnit') : t('org.addUnit')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
      okButtonProps={{ id: 'unit-form-submit', 'data-testid': 'unit-form-submit' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="unit-form"
        initialValues={
          unit
            ? {
                ...unit,
                // Empty fields as undefined, so the selects show their placeholders.
                employees: unit.employees ?? undefined,
                partyOrgId: unit.partyOrgId ?? undefined,
                instructorName: unit.instructorName ?? undefined,
              }
            : { unitType: 'enterprise' }
        }
      >
        <Form.Item
          name="name"
          label={t('org.unitName')}
          rules={[
            { required: true, whitespace: true, message: t('org.unitNameRequired') },
            { max: 64, message: t('org.nameTooLong') },
          ]}
        >
          <Input maxLength={64} data-testid="unit-form-name" />
        </Form.Item>
        <Form.Item
          name="unitType"
          label={t('org.unitType')}
          rules={[{ required: true, message: t('org.unitTypeRequired') }]}
        >
          <CodedSelect coded={coveredUnitType} data-testid="unit-form-type" />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('org.region')}
          rules={[{ required: true, message: t('org.regionRequired') }]}
        >
          <RegionPicker
            allowedLevels={['township', 'village']}
            initialLabel={unit?.regionName}
            data-testid="unit-form-region"
          />
        </Form.Item>
        <Form.Item
          name="employees"
          label={t('org.employees')}
          rules={[{ type: 'integer', min: 0, max: 1_000_000, message: t('org.employeesInvalid') }]}
        >
          <InputNumber
            min={0}
            max={1_000_000}
            precision={0}
            style={{ width: '100%' }}
            data-testid="unit-form-employees"
          />
        </Form.Item>
        <Form.Item name="partyOrgId" label={t('org.coveringOrg')} extra={t('org.coveringOrgHint')}>
          <Select
            allowClear
            showSearch={{ filterOption: false, onSearch: setSearch }}
            loading={orgs.isFetching}
            placeholder={t('org.searchPlaceholder')}
            options={orgOptions}
            data-testid="unit-form-org"
          />
        </Form.Item>
        <Form.Item
          name="instructorName"
          label={t('org.instructor')}
          extra={t('org.instructorHint')}
          rules={[{ max: 32, message: t('org.instructorTooLong') }]}
        >
          <Input maxLength={32} data-testid="unit-form-instructor" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
