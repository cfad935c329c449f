import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import { RegionPicker } from '../regions/RegionPicker';
import { pointsApi, type ShopBody } from './api';
import { usePointsMutation } from './queries';
import { ownVillage } from './shared';

/** Opens a points supermarket in a village (a village user's own village needs no picking). */
export function CreateShopModal({ onClose }: { onClose: (createdId?: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const village = ownVillage(me.scopeCode);
  const [form] = Form.useForm<ShopBody>();
  const create = usePointsMutation(pointsApi.createShop);
  const save = (values: ShopBody) =>
    create.mutate(
      { ...values, regionCode: village ?? values.regionCode },
      {
        onSuccess: (shop) => {
          message.success(t('points.saved'));
          onClose(shop.id);
        },
        onError: (e) => applyFieldErrors(form, e) || message.error(errorText(e)),
      },
    );
  return (
    <Modal
      open
      title={t('points.createShop')}
      onCancel={() => onClose()}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'shop-form-submit' }}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{ cancelMinutes: 60, regionCode: village }}
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
