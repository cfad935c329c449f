import { AutoComplete, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormModal } from '../../app/components/use-form-modal';
import { type Goods, pointsApi, type StockInBody } from './api';
import { pointsKey } from './queries';
import { newIdempotencyKey } from './use-search';

/** 入库: how many came in and from where (a donor unit, the village collective…). */
export function StockInModal({ goods, onClose }: { goods: Goods; onClose: () => void }) {
  const { t } = useTranslation();
  const [key] = useState(newIdempotencyKey);
  const { form, pending, submit } = useFormModal<StockInBody>({
    mutationFn: (body) => pointsApi.stockIn(goods.id, body, key),
    success: t('points.saved'),
    invalidate: [pointsKey],
    onClose,
  });
  const sources = [t('points.sourceDonation'), t('points.sourceCollective'), t('points.sourcePurchase')];
  return (
    <Modal
      open
      title={t('points.stockInTitle', { name: goods.name, stock: goods.stock })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'stock-in-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="quantity"
          label={t('points.quantity')}
          rules={[{ required: true, message: t('points.quantityRequired') }]}
        >
          <InputNumber
            min={1}
            max={100_000}
            precision={0}
            style={{ width: '100%' }}
            data-testid="stock-in-quantity"
          />
        </Form.Item>
        <Form.Item
          name="source"
          label={t('points.source')}
          rules={[
            { required: true, whitespace: true, message: t('points.sourceRequired') },
            { min: 2, message: t('points.sourceRequired') },
          ]}
        >
          <AutoComplete options={sources.map((value) => ({ value }))} data-testid="stock-in-source">
            <Input maxLength={100} />
          </AutoComplete>
        </Form.Item>
        <Form.Item name="note" label={t('points.note')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
