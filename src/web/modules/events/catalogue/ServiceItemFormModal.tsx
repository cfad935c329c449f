import { Flex, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { SERVICE_INTAKES, type ServiceItemBody } from '../../../../contracts/api/events-catalogue';
import { useFormModal } from '../../../app/components/use-form-modal';
import { catalogueApi, catalogueKey, type ServiceItemView, useCategories } from './api';
import { UNITS } from './shared';

type Values = Omit<ServiceItemBody, 'timeLimit'> & {
  timeLimit?: { amount?: number | null; unit?: 'wd' | 'd' | 'h' };
};

/** Adds an item to the county's service list, or edits one (its five fixes and its category). */
export function ServiceItemFormModal({
  item,
  onClose,
}: {
  item: ServiceItemView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const categories = useCategories();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: ({ timeLimit, ...rest }) => {
      const body = {
        ...rest,
        timeLimit: timeLimit?.amount ? { amount: timeLimit.amount, unit: timeLimit.unit ?? 'wd' } : null,
      };
      return item ? catalogueApi.updateService(item.id, body) : catalogueApi.createService(body);
    },
    success: t('eventsCatalogue.saved'),
    invalidate: [catalogueKey],
    onClose,
  });
  const required = [{ required: true, whitespace: true }];
  return (
    <Modal
      open
      width={720}
      title={item ? t('eventsCatalogue.editItem', { code: item.code }) : t('eventsCatalogue.addItem')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'service-form-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          item
            ? { ...item, timeLimit: item.timeLimit ?? { unit: 'wd' } }
            : { intake: 'V', active: true, sort: 100, timeLimit: { unit: 'wd' } }
        }
        onFinish={submit}
      >
        <Flex gap={8} wrap>
          <Form.Item name="code" label={t('eventsCatalogue.code')} rules={required} style={{ width: 120 }}>
            <Input maxLength={16} placeholder="S18" data-testid="service-form-code" />
          </Form.Item>
          <Form.Item
            name="domain"
            label={t('eventsCatalogue.domain')}
            rules={required}
            style={{ width: 160 }}
          >
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('eventsCatalogue.itemName')}
            rules={required}
            style={{ flex: 1, minWidth: 180 }}
          >
            <Input maxLength={60} data-testid="service-form-name" />
          </Form.Item>
        </Flex>
        <Form.Item name="intake" label={t('eventsCatalogue.intake')} rules={[{ required: true }]}>
          <Select
            options={SERVICE_INTAKES.map((i) => ({
              value: i,
              label: `${i} ${t(`eventsCatalogue.intakes.${i}`)}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="categoryCode" label={t('eventsCatalogue.category')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(categories.data ?? []).map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))}
          />
        </Form.Item>
        <Form.Item name="place" label={t('eventsCatalogue.place')} rules={required}>
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
        <Form.Item name="person" label={t('eventsCatalogue.person')} rules={required}>
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
        <Form.Item name="hours" label={t('eventsCatalogue.hours')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="standard" label={t('eventsCatalogue.standard')} rules={required}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Flex gap={8} align="end" wrap>
          <Form.Item name={['timeLimit', 'amount']} label={t('eventsCatalogue.timeLimit')}>
            <InputNumber min={1} max={720} precision={0} placeholder={t('eventsCatalogue.noLimit')} />
          </Form.Item>
          <Form.Item name={['timeLimit', 'unit']} style={{ width: 110 }}>
            <Select
              aria-label={t('eventsCatalogue.timeLimit')}
              options={UNITS.map((u) => ({ value: u, label: t(`eventsCatalogue.units.${u}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="limitNote"
            label={t('eventsCatalogue.limitNote')}
            style={{ flex: 1, minWidth: 200 }}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="active" label={t('eventsCatalogue.active')} valuePropName="checked">
            <Switch data-testid="service-form-active" />
          </Form.Item>
          <Form.Item name="sort" label={t('eventsCatalogue.sort')}>
            <InputNumber min={0} max={9999} precision={0} />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
