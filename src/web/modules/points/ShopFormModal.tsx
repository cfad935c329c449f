import { Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth';
import { RegionPicker } from '../../app/components/RegionPicker';
import { useFormModal } from '../../app/components/use-form-modal';
import { pointsApi, type Shop, type ShopBody } from './api';
import { pointsKey } from './queries';
import { ownVillage } from './shared';

/**
 * Opens a points supermarket in a village (a village user's own village needs no picking), or
 * edits one: its name, the minutes during which goods handed over may be taken back, the note.
 */
export function ShopFormModal({ shop, onClose }: { shop?: Shop; onClose: (savedId?: string) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const village = shop ? shop.regionCode : ownVillage(me.scopeCode);
  const { form, pending, submit } = useFormModal<ShopBody, Shop>({
    mutationFn: (values) =>
      shop
        ? pointsApi.updateShop(shop.id, {
            name: values.name,
            cancelMinutes: values.cancelMinutes,
            note: values.note,
          })
        : pointsApi.createShop({ ...values, regionCode: village ?? values.regionCode }),
    success: t('points.saved'),
    invalidate: [pointsKey],
    onSuccess: (saved) => onClose(saved.id),
  });
  return (
    <Modal
      open
      title={shop ? t('points.editShop') : t('points.createShop')}
      onCancel={() => onClose()}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'shop-form-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          shop
            ? { name: shop.name, cancelMinutes: shop.cancelMinutes, note: shop.note ?? undefined }
            : { cancelMinutes: 60, regionCode: village }
        }
      >
        {!village && (
          <Form.Item
            name="regionCode"
            label={t('points.village')}
            rules={[{ required: true, message: t('points.villageRequired') }]}
          >
            <RegionPicker allowedLevels={['village']} />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('points.shopName')}
          rules={[
            { required: true, whitespace: true, message: t('points.shopNameRequired') },
            { min: 2, message: t('points.shopNameRequired') },
            { max: 50 },
          ]}
        >
          <Input maxLength={50} placeholder={t('points.shopNamePlaceholder')} data-testid="shop-form-name" />
        </Form.Item>
        <Form.Item
          name="cancelMinutes"
          label={t('points.cancelMinutes')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={0} max={7 * 24 * 60} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('points.note')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
