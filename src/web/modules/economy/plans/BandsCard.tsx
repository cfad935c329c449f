import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Radio, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Band, EconomySettings } from '../../../../contracts/api/economy-plans';
import { ApiError } from '../../../app/api';
import { useFormModal } from '../../../app/components/use-form-modal';
import { PLANS_KEY, plansApi, useSettings, yuan } from './api';

type Values = { basis: 'operating' | 'total'; bands: { code: string; label: string; yuan: number }[] };

const toValues = (s: EconomySettings): Values => ({
  basis: s.basis,
  bands: s.bands.map((b) => ({ code: b.code, label: b.label, yuan: b.minFen / 100 })),
});

/** 收入档次: the county edits its bands and basis; everyone else reads them. */
export function BandsCard() {
  const { t } = useTranslation();
  const settings = useSettings();
  const s = settings.data;
  return (
    <Card size="small" title={t('econPlans.tiers.bands')} loading={settings.isLoading}>
      {s && (
        <Flex vertical gap={8}>
          {s.isDefault && <Alert type="info" showIcon message={t('econPlans.tiers.isDefault')} />}
          {s.editable ? <BandsForm settings={s} /> : <BandsView settings={s} />}
        </Flex>
      )}
    </Card>
  );
}

function BandsView({ settings }: { settings: EconomySettings }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <Typography.Text>
        {t('econPlans.tiers.basis')}：{t(`econPlans.tiers.bases.${settings.basis}` as const)} ·{' '}
        {t('econPlans.tiers.readOnly')}
      </Typography.Text>
      <Table<Band>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={settings.bands}
        columns={[
          { key: 'code', title: t('econPlans.tiers.code'), dataIndex: 'code' },
          { key: 'label', title: t('econPlans.tiers.label'), dataIndex: 'label' },
          {
            key: 'min',
            title: t('econPlans.tiers.minYuan'),
            align: 'right',
            render: (_, b) => yuan(b.minFen),
          },
        ]}
      />
    </Flex>
  );
}

function BandsForm({ settings }: { settings: EconomySettings }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<Values>({
    mutationFn: (v) =>
      plansApi.putSettings({
        basis: v.basis,
        bands: v.bands.map((b) => ({
          code: b.code,
          label: b.label,
          minFen: Math.round((b.yuan ?? 0) * 100),
        })),
      }),
    success: t('econPlans.tiers.saved'),
    invalidate: [PLANS_KEY],
    fieldErrors: (f, error) => {
      // bands.2.minFen → the third row's 元 field; a problem with the whole list shows as a message.
      const fields = error instanceof ApiError ? (error.fields ?? []) : [];
      const marks = fields.flatMap((x) => {
        const m = /^bands\.(\d+)\.(minFen|code|label)$/.exec(x.path);
        if (!m) return [];
        return [{ name: ['bands', Number(m[1]), m[2] === 'minFen' ? 'yuan' : m[2]], errors: [x.message] }];
      });
      if (marks.length) f.setFields(marks as never);
      return marks.length > 0;
    },
  });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={toValues(settings)}
      onFinish={submit}
      data-testid="bands-form"
    >
      <Form.Item name="basis" label={t('econPlans.tiers.basis')}>
        <Radio.Group
          options={(['operating', 'total'] as const).map((b) => ({
            value: b,
            label: t(`econPlans.tiers.bases.${b}` as const),
          }))}
        />
      </Form.Item>
      <Form.List name="bands">
        {(fields, { add, remove }) => (
          <Flex vertical gap={0}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="baseline" wrap>
                <Form.Item
                  name={[field.name, 'code']}
                  rules={[{ required: true }]}
                  style={{ marginBottom: 8 }}
                >
                  <Input style={{ width: 64 }} aria-label={`${t('econPlans.tiers.code')} ${i + 1}`} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'label']}
                  rules={[{ required: true }]}
                  style={{ marginBottom: 8 }}
                >
                  <Input style={{ width: 180 }} aria-label={`${t('econPlans.tiers.label')} ${i + 1}`} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'yuan']}
                  rules={[{ required: true }]}
                  style={{ marginBottom: 8 }}
                >
                  <InputNumber
                    min={0}
                    precision={2}
                    style={{ width: 140 }}
                    disabled={i === 0}
                    aria-label={`${t('econPlans.tiers.minYuan')} ${i + 1}`}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={`${t('econPlans.tiers.removeBand')} ${i + 1}`}
                  disabled={fields.length <= 2}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Flex gap={8} wrap>
              <Button
                icon={<PlusOutlined />}
                disabled={fields.length >= 10}
                onClick={() => add({ code: `T${fields.length}`, label: '', yuan: undefined })}
              >
                {t('econPlans.tiers.addBand')}
              </Button>
              <Button type="primary" htmlType="submit" loading={pending} data-testid="bands-save">
                {t('econPlans.tiers.save')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Form.List>
    </Form>
  );
}
