import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { type IndicatorBody, SCORING_METHODS, SOURCE_MAPS } from '../../../../contracts/api/assess-criteria';
import { useFormModal } from '../../../app/components/use-form-modal';
import { applyFieldErrors } from '../../../app/errors';
import { criteriaApi, criteriaKey, type IndicatorView, useFigures } from './api';

type Values = Omit<IndicatorBody, 'source'> & { figure?: string; map?: string; min?: number; max?: number };

const toBody = (v: Values): IndicatorBody => {
  const { figure, map, min, max, ...rest } = v;
  return {
    ...rest,
    tiers: v.method === 'tiers' ? (v.tiers ?? []) : null,
    source: figure ? { figure, map: (map ?? 'atLeast') as (typeof SOURCE_MAPS)[number], min, max } : null,
  };
};

/** Adds an indicator to a draft or edits one (method, points, tiers, evidence, figure read). */
export function IndicatorFormModal({
  setId,
  indicator,
  onClose,
}: {
  setId: string;
  indicator: IndicatorView | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const figures = useFigures();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) =>
      indicator
        ? criteriaApi.updateIndicator(setId, indicator.id, toBody(v))
        : criteriaApi.addIndicator(setId, toBody(v)),
    success: t('assessCriteria.saved'),
    invalidate: [criteriaKey],
    onClose,
    fieldErrors: (f, error) => {
      const fields = (error as { fields?: { path: string; message: string }[] }).fields ?? [];
      const marks = fields
        .filter((x) => x.path.startsWith('source.'))
        .map((x) => ({ name: x.path === 'source.figure' ? 'figure' : 'map', errors: [x.message] }));
      if (marks.length) f.setFields(marks as never);
      return applyFieldErrors(f, error) || marks.length > 0;
    },
  });
  const method = Form.useWatch('method', form);
  const figure = Form.useWatch('figure', form);
  const map = Form.useWatch('map', form);
  const en = i18n.language === 'en';
  return (
    <Modal
      open
      width={720}
      title={
        indicator
          ? t('assessCriteria.editIndicator', { code: indicator.code })
          : t('assessCriteria.addIndicator')
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'indicator-form-submit' }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          indicator
            ? {
                ...indicator,
                figure: indicator.source?.figure,
                map: indicator.source?.map,
                min: indicator.source?.min,
                max: indicator.source?.max,
              }
            : { method: 'yesno', maxPoints: 2, evidenceRequired: false, area: 'A' }
        }
        onFinish={submit}
      >
        <Flex gap={8} wrap>
          <Form.Item
            name="code"
            label={t('assessCriteria.code')}
            rules={[{ required: true, whitespace: true }]}
            style={{ width: 90 }}
          >
            <Input maxLength={16} placeholder="A4" data-testid="indicator-code" />
          </Form.Item>
          <Form.Item
            name="area"
            label={t('assessCriteria.area')}
            rules={[{ required: true }]}
            style={{ width: 80 }}
          >
            <Input maxLength={1} placeholder="A" />
          </Form.Item>
          <Form.Item name="areaName" label={t('assessCriteria.areaName')} style={{ width: 140 }}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item
            name="method"
            label={t('assessCriteria.method')}
            rules={[{ required: true }]}
            style={{ width: 140 }}
          >
            <Select
              options={SCORING_METHODS.map((m) => ({ value: m, label: t(`assessCriteria.methods.${m}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="maxPoints"
            label={t('assessCriteria.maxTotal')}
            rules={[{ required: true }]}
            style={{ width: 90 }}
          >
            <InputNumber min={0} max={1000} data-testid="indicator-points" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="name"
          label={t('assessCriteria.indicatorName')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea autoSize maxLength={200} data-testid="indicator-name" />
        </Form.Item>
        <Form.Item name="description" label={t('assessCriteria.description')}>
          <Input.TextArea autoSize maxLength={500} />
        </Form.Item>
        {method === 'tiers' && (
          <Form.List name="tiers">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4} style={{ marginBottom: 12 }}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="baseline" wrap>
                    <Form.Item
                      name={[field.name, 'label']}
                      rules={[{ required: true }]}
                      style={{ margin: 0, width: 180 }}
                    >
                      <Input
                        placeholder={t('assessCriteria.tierLabel')}
                        aria-label={t('assessCriteria.tierLabel')}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'points']}
                      rules={[{ required: true }]}
                      style={{ margin: 0 }}
                    >
                      <InputNumber
                        min={0}
                        placeholder={t('assessCriteria.tierPoints')}
                        aria-label={t('assessCriteria.tierPoints')}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'min']} style={{ margin: 0 }}>
                      <InputNumber
                        placeholder={t('assessCriteria.tierMin')}
                        aria-label={t('assessCriteria.tierMin')}
                        style={{ width: 150 }}
                      />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(field.name)} />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ label: '', points: 0 })}>
                  {t('assessCriteria.addTier')}
                </Button>
              </Flex>
            )}
          </Form.List>
        )}
        <Flex gap={8} wrap align="end">
          <Form.Item name="evidence" label={t('assessCriteria.evidence')} style={{ flex: 1, minWidth: 200 }}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="evidenceRequired"
            label={t('assessCriteria.evidenceRequired')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Flex>
        <Flex gap={8} wrap>
          <Form.Item
            name="figure"
            label={t('assessCriteria.sourceFigure')}
            style={{ flex: 1, minWidth: 220 }}
          >
            <Select
              allowClear
              placeholder={t('assessCriteria.sourceNone')}
              loading={figures.isLoading}
              options={(figures.data ?? []).map((f) => ({
                value: f.key,
                label: `${en ? f.label.en : f.label.zh}（${en ? f.unit.en : f.unit.zh}）`,
              }))}
            />
          </Form.Item>
          {figure && (
            <Form.Item
              name="map"
              label={t('assessCriteria.sourceMap')}
              rules={[{ required: true }]}
              style={{ width: 160 }}
            >
              <Select
                options={SOURCE_MAPS.map((m) => ({ value: m, label: t(`assessCriteria.maps.${m}`) }))}
              />
            </Form.Item>
          )}
          {figure && map === 'atLeast' && (
            <Form.Item name="min" label={t('assessCriteria.sourceMin')}>
              <InputNumber />
            </Form.Item>
          )}
          {figure && map === 'atMost' && (
            <Form.Item name="max" label={t('assessCriteria.sourceMax')}>
              <InputNumber />
            </Form.Item>
          )}
        </Flex>
      </Form>
    </Modal>
  );
}
