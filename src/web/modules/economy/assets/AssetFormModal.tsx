import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ASSET_KIND_CODES, ASSET_STATES, type AssetBody } from '../../../../contracts/api/economy-assets';
import { DateField } from '../../../app/components/DateField';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { useFormModal } from '../../../app/components/use-form-modal';
import { type AssetView, blankToNull, econAssetsApi, econAssetsKey, toFen, toYuan } from './api';
import { useAssetsRole } from './shared';

// 新增、编辑资产. Money is typed in 元 and sent in fen; the server checks what each state asks for
// (闲置起始日期; 盘活日期 and 盘活后年收益) and its messages land on these fields.

type Values = Omit<AssetBody, 'valueFen' | 'revivedIncomeFen'> & {
  valueFen?: number | null;
  revivedIncomeFen?: number | null;
};

export function AssetFormModal({ asset, onClose }: { asset?: AssetView; onClose: () => void }) {
  const { t } = useTranslation();
  const role = useAssetsRole();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) => {
      const body = {
        name: v.name,
        kind: v.kind,
        state: v.state,
        valueFen: toFen(v.valueFen),
        size: blankToNull(v.size),
        idleSince: blankToNull(v.idleSince),
        revivalPlan: blankToNull(v.revivalPlan),
        revivedOn: blankToNull(v.revivedOn),
        revivedIncomeFen: toFen(v.revivedIncomeFen),
        note: blankToNull(v.note),
      };
      return asset
        ? econAssetsApi.updateAsset(asset.id, body)
        : econAssetsApi.createAsset({ ...body, regionCode: v.regionCode });
    },
    success: t('econAssets.saved'),
    invalidate: [econAssetsKey],
    onClose,
  });
  const state = Form.useWatch('state', form) ?? asset?.state ?? 'in_use';
  return (
    <Modal
      open
      title={asset ? t('econAssets.asset.editTitle') : t('econAssets.asset.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'econ-asset-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          asset
            ? {
                ...asset,
                valueFen: toYuan(asset.valueFen),
                revivedIncomeFen: toYuan(asset.revivedIncomeFen),
              }
            : { state: 'in_use', kind: 'land' }
        }
      >
        {!asset && !role.isVillage && (
          <Form.Item name="regionCode" label={t('econAssets.village')} rules={[{ required: true }]}>
            <RegionPicker allowedLevels={['village']} aria-label={t('econAssets.village')} />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('econAssets.asset.name')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={60} data-testid="econ-asset-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('econAssets.asset.kind')} rules={[{ required: true }]}>
          <Select options={ASSET_KIND_CODES.map((k) => ({ value: k, label: t(`econAssets.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="valueFen" label={t('econAssets.asset.value')}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="size" label={t('econAssets.asset.size')}>
          <Input maxLength={40} placeholder={t('econAssets.asset.sizeHint')} />
        </Form.Item>
        <Form.Item name="state" label={t('econAssets.asset.state')} rules={[{ required: true }]}>
          <Select
            data-testid="econ-asset-state"
            options={ASSET_STATES.map((s) => ({ value: s, label: t(`econAssets.states.${s}`) }))}
          />
        </Form.Item>
        {state !== 'in_use' && (
          <>
            <DateField
              name="idleSince"
              label={t('econAssets.asset.idleSince')}
              required={state === 'idle' || state === 'reviving'}
              testId="econ-asset-idle-since"
            />
            <Form.Item name="revivalPlan" label={t('econAssets.asset.revivalPlan')}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          </>
        )}
        {state === 'revived' && (
          <>
            <DateField name="revivedOn" label={t('econAssets.asset.revivedOn')} required />
            <Form.Item
              name="revivedIncomeFen"
              label={t('econAssets.asset.revivedIncome')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="econ-asset-income" />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={t('econAssets.asset.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
