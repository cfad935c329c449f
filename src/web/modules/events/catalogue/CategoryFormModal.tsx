import { Alert, Flex, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CategoryBody } from '../../../../contracts/api/events-catalogue';
import { DEPARTMENTS } from '../../../../contracts/roles';
import { useFormModal } from '../../../app/components/use-form-modal';
import { useLabels } from '../../../app/labels';
import { type CategoryView, catalogueApi, catalogueKey } from './api';
import { STAGES, UNITS } from './shared';

type Values = CategoryBody;

const DEFAULT_LIMITS = {
  accept: { amount: 1, unit: 'wd' },
  village: { amount: 3, unit: 'd' },
  township: { amount: 5, unit: 'wd' },
  acknowledge: { amount: 1, unit: 'wd' },
  handle: { amount: 5, unit: 'wd' },
  review: { amount: 2, unit: 'wd' },
};

/** Adds a category of the county, or edits one (limits apply to stages opened afterwards). */
export function CategoryFormModal({
  category,
  onClose,
}: {
  category: CategoryView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (values) =>
      category ? catalogueApi.updateCategory(category.id, values) : catalogueApi.createCategory(values),
    success: t('eventsCatalogue.saved'),
    invalidate: [catalogueKey],
    onClose,
  });
  return (
    <Modal
      open
      width={720}
      title={
        category
          ? t('eventsCatalogue.editCategory', { code: category.code })
          : t('eventsCatalogue.addCategory')
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'category-form-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('eventsCatalogue.limitsNote')} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          category ?? {
            handlingLevel: 'village',
            departments: [],
            limits: DEFAULT_LIMITS,
            requiredFields: [],
            active: true,
            urgent: false,
            sort: 100,
          }
        }
        onFinish={submit}
      >
        <Flex gap={8} wrap>
          <Form.Item
            name="code"
            label={t('eventsCatalogue.code')}
            rules={[{ required: true, whitespace: true }]}
            style={{ width: 120 }}
          >
            <Input maxLength={16} placeholder="E16" data-testid="category-form-code" />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('eventsCatalogue.name')}
            rules={[{ required: true, whitespace: true }]}
            style={{ flex: 1, minWidth: 180 }}
          >
            <Input maxLength={30} data-testid="category-form-name" />
          </Form.Item>
        </Flex>
        <Form.Item name="description" label={t('eventsCatalogue.description')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="handlingLevel" label={t('eventsCatalogue.level')} rules={[{ required: true }]}>
          <Select
            options={(['village', 'township', 'department'] as const).map((l) => ({
              value: l,
              label: t(`eventsCatalogue.levels.${l}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="departments" label={t('eventsCatalogue.departments')}>
          <Select
            mode="multiple"
            options={DEPARTMENTS.map((d) => ({ value: d, label: labels.department(d) }))}
          />
        </Form.Item>
        <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('eventsCatalogue.limits')}</legend>
          {STAGES.map((stage) => (
            <Flex key={stage} gap={8} align="baseline" wrap>
              <span style={{ width: 110 }}>{t(`eventsCatalogue.stages.${stage}`)}</span>
              <Form.Item
                name={['limits', stage, 'amount']}
                rules={[{ required: true }]}
                style={{ marginBottom: 8 }}
              >
                <InputNumber
                  min={1}
                  max={720}
                  precision={0}
                  aria-label={`${t(`eventsCatalogue.stages.${stage}`)} ${t('eventsCatalogue.limits')}`}
                  data-testid={`limit-${stage}`}
                />
              </Form.Item>
              <Form.Item
                name={['limits', stage, 'unit']}
                rules={[{ required: true }]}
                style={{ marginBottom: 8, width: 110 }}
              >
                <Select
                  aria-label={`${t(`eventsCatalogue.stages.${stage}`)} ${t('eventsCatalogue.units.wd')}`}
                  options={UNITS.map((u) => ({ value: u, label: t(`eventsCatalogue.units.${u}`) }))}
                />
              </Form.Item>
            </Flex>
          ))}
        </fieldset>
        <Form.Item name="requiredFields" label={t('eventsCatalogue.required')}>
          <Select
            mode="multiple"
            options={(['photo', 'location', 'household'] as const).map((f) => ({
              value: f,
              label: t(`eventsCatalogue.requiredFields.${f}`),
            }))}
          />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="urgent" label={t('eventsCatalogue.urgent')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="active" label={t('eventsCatalogue.active')} valuePropName="checked">
            <Switch data-testid="category-form-active" />
          </Form.Item>
          <Form.Item name="sort" label={t('eventsCatalogue.sort')}>
            <InputNumber min={0} max={9999} precision={0} />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
