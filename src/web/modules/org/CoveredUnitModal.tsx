import { useQuery } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CoveredUnitBody, Org } from '../../../contracts/api/org';
import { coveredUnitType } from '../../../contracts/registry/enums';
import { type Page, apiRequest as request } from '../../app/api';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import { RegionPicker } from '../regions/RegionPicker';
import { useCreateUnit } from './queries';
import { useCoded } from './use-coded';

/**
 * 登记单位 for the two coverages (两个覆盖): a non-public enterprise or social organization, where
 * it is, how many work there, the party organization that covers it (organizational coverage)
 * and its party-building instructor (work coverage).
 */
export function CoveredUnitModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const coded = useCoded();
  const [form] = Form.useForm<CoveredUnitBody>();
  const create = useCreateUnit();
  const orgs = useQuery({
    queryKey: ['org', 'unit-orgs'],
    queryFn: () => request<Page<Org>>('GET', '/orgs', { query: { pageSize: 100 } }),
  });
  const submit = (v: CoveredUnitBody) =>
    create.mutate(
      {
        ...v,
        employees: v.employees ?? null,
        partyOrgId: v.partyOrgId ?? null,
        instructorName: v.instructorName || null,
      },
      {
        onSuccess: () => {
          message.success(t('org.saved'));
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error)) message.error(errorText(error));
        },
      },
    );
  return (
    <Modal
      open
      title={t('org.addUnit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
      okButtonProps={{ id: 'unit-form-submit' }}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ unitType: 'enterprise' }}>
        <Form.Item
          name="name"
          label={t('org.name')}
          rules={[{ required: true, whitespace: true, message: t('org.nameRequired') }, { max: 64 }]}
        >
          <Input maxLength={64} data-testid="unit-form-name" />
        </Form.Item>
        <Form.Item name="unitType" label={t('org.unitType')} rules={[{ required: true }]}>
          <Select options={coded.options(coveredUnitType)} data-testid="unit-form-type" />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('org.region')}
          rules={[{ required: true, message: t('org.regionRequired') }]}
        >
          <RegionPicker allowedLevels={['township', 'village']} data-testid="unit-form-region" />
        </Form.Item>
        <Form.Item name="employees" label={t('org.employees')}>
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="partyOrgId" label={t('org.coveringOrg')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={(orgs.data?.items ?? []).map((o) => ({
              value: o.id,
              label: `${o.name}（${o.regionName}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="instructorName" label={t('org.instructor')} rules={[{ max: 32 }]}>
          <Input maxLength={32} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
