import { App, AutoComplete, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, useErrorText } from '../../app/errors';
import { type Goods, pointsApi, type StockInBody } from './api';
import { usePointsMutation } from './queries';
import { newIdempotencyKey } from './use-search';

/** 入库: how many came in and from where (a donor unit, the village collective…). */
export function StockInModal({ goods, onClose }: { goods: Goods; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<StockInBody>();
  const [key] = useState(newIdempotencyKey);
  const stockIn = usePointsMutation((body: StockInBody) => pointsApi.stockIn(goods.id, body, key));
  const sources = [t('points.sourceDonation'), t('points.sourceCollective'), t('points.sourcePurchase')];
  return (
    <Modal
      open
      title={t('points.stockInTitle', { name: goods.name, stock: goods.stock })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'stock-in-submit' }}
      confirmLoading={stockIn.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(body) =>
          stockIn.mutate(body, {
            onSuccess: () => {
              message.success(t('points.saved'));
              onClose();
            },
            onError: (e) => applyFieldErrors(form, e) || message.error(errorText(e)),
          })
        }
      >
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
