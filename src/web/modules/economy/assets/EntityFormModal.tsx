import { Checkbox, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ENTITY_KIND_CODES,
  type EntityBody,
  MODEL_PART_CODES,
} from '../../../../contracts/api/economy-assets';
import { DateField } from '../../../app/components/DateField';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { useFormModal } from '../../../app/components/use-form-modal';
import { blankToNull, type EntityView, econAssetsApi, econAssetsKey } from './api';
import { useAssetsRole } from './shared';

// 新增、编辑经营主体 with the parts of its model (公司 + 基地 + 党支部 + 合作社 + 农户).

export function EntityFormModal({ entity, onClose }: { entity?: EntityView; onClose: () => void }) {
  const { t } = useTranslation();
  const role = useAssetsRole();
  const { form, pending, submit } = useFormModal<EntityBody>({
    mutationFn: (v) => {
      const body = {
        name: v.name,
        kind: v.kind,
        model: v.model ?? [],
        industry: blankToNull(v.industry),
        partners: blankToNull(v.partners),
        establishedOn: blankToNull(v.establishedOn),
        memberHouseholds: v.memberHouseholds ?? null,
        note: blankToNull(v.note),
      };
      return entity
        ? econAssetsApi.updateEntity(entity.id, body)
        : econAssetsApi.createEntity({ ...body, regionCode: v.regionCode });
    },
    success: t('econAssets.saved'),
    invalidate: [econAssetsKey],
    onClose,
  });
  return (
    <Modal
      open
      title={entity ? t('econAssets.entity.editTitle') : t('econAssets.entity.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'econ-entity-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<EntityBody>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={entity ?? { kind: 'cooperative', model: [] }}
      >
        {!entity && !role.isVillage && (
          <Form.Item name="regionCode" label={t('econAssets.village')} rules={[{ required: true }]}>
            <RegionPicker allowedLevels={['village']} aria-label={t('econAssets.village')} />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('econAssets.entity.name')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={60} data-testid="econ-entity-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('econAssets.entity.kind')} rules={[{ required: true }]}>
          <Select
            options={ENTITY_KIND_CODES.map((k) => ({ value: k, label: t(`econAssets.entityKinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="model"
          label={t('econAssets.entity.model')}
          extra={<Typography.Text type="secondary">{t('econAssets.entity.modelHint')}</Typography.Text>}
        >
          <Checkbox.Group
            options={MODEL_PART_CODES.map((p) => ({ value: p, label: t(`econAssets.modelParts.${p}`) }))}
          />
        </Form.Item>
        <Form.Item name="industry" label={t('econAssets.entity.industry')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="partners" label={t('econAssets.entity.partners')}>
          <Input maxLength={200} />
        </Form.Item>
        <DateField name="establishedOn" label={t('econAssets.entity.establishedOn')} />
        <Form.Item name="memberHouseholds" label={t('econAssets.entity.members')}>
          <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('econAssets.entity.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
