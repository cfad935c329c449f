import { Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormModal } from '../../app/components/use-form-modal';
import { type Goods, type GoodsBody, pointsApi } from './api';
import { pointsKey } from './queries';

/** Adds goods to a shop, or changes a goods' name, unit, price or order. */
export function GoodsFormModal({
  shopId,
  goods,
  onClose,
}: {
  shopId: string;
  goods: Goods | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<GoodsBody>({
    mutationFn: (body) =>
      goods ? pointsApi.updateGoods(goods.id, body) : pointsApi.createGoods(shopId, body),
    success: t('points.saved'),
    invalidate: [pointsKey],
    onClose,
  });
  return (
    <Modal
      open
      title={goods ? t('points.editGoods') : t('points.addGoods')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'goods-form-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={goods ?? { unit: '件', sortOrder: 0 }}
      >
        <Form.Item
          name="name"
          label={t('points.goodsName')}
          rules={[{ required: true, whitespace: true, message: t('points.goodsNameRequired') }, { max: 50 }]}
        >
          <Input maxLength={50} data-testid="goods-form-name" />
        </Form.Item>
        <Form.Item
          name="unit"
          label={t('points.goodsUnit')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input maxLength={8} />
        </Form.Item>
        <Form.Item
          name="price"
          label={t('points.price')}
          rules={[{ required: true, message: t('points.priceRequired') }]}
        >
          <InputNumber
            min={1}
            max={100_000}
            precision={0}
            style={{ width: '100%' }}
            data-testid="goods-form-price"
          />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('points.sortOrder')}>
          <InputNumber precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
