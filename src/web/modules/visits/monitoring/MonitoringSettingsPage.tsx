import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { useFormModal } from '../../../app/components/use-form-modal';
import { useErrorText } from '../../../app/errors';
import {
  monitoringApi,
  monitoringKey,
  type RuleView,
  type ThresholdView,
  useMonitoringWrite,
  useRules,
  useRuleVersions,
  useThresholds,
} from './api';
import { visitsMonitoringZh } from './messages';

// 监测标准与规则 (docs/visits.md §2): the thresholds per year (the county's own editable, the
// province's and prefecture's shown), the rules with their params and versions (an edit is a new
// version), and 立即扫描.

const RISK_TYPES = Object.keys(visitsMonitoringZh.riskTypes) as (keyof typeof visitsMonitoringZh.riskTypes)[];
const dayOf = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

function ThresholdModal({ row, onClose }: { row: ThresholdView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<
    { year: number; amountYuan: number; note?: string },
    unknown
  >({
    mutationFn: (v) =>
      row
        ? monitoringApi.patchThreshold(row.id, { amountYuan: v.amountYuan, note: v.note || null })
        : monitoringApi.createThreshold({ year: v.year, amountYuan: v.amountYuan, note: v.note || null }),
    success: t('visitsMonitoring.saved'),
    invalidate: [monitoringKey],
    onClose,
  });
  return (
    <Modal
      open
      title={row ? t('visitsMonitoring.edit') : t('visitsMonitoring.addThreshold')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: pending, 'data-testid': 'threshold-ok' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={row ?? { year: new Date().getFullYear() + 1, amountYuan: 8700 }}
      >
        <Form.Item name="year" label={t('visitsMonitoring.year')} rules={[{ required: true }]}>
          <InputNumber
            min={2000}
            max={2100}
            disabled={!!row}
            style={{ width: '100%' }}
            data-testid="threshold-year"
          />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('visitsMonitoring.amount')} rules={[{ required: true }]}>
          <InputNumber min={1000} max={100000} style={{ width: '100%' }} data-testid="threshold-amount" />
        </Form.Item>
        <Form.Item name="note" label={t('visitsMonitoring.note')}>
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type RuleValues = {
  name: string;
  enabled: boolean;
  share?: number;
  days?: number;
  riskTypes?: string[];
  eventCategories?: string[];
  medicalYuan?: number;
};

const paramsOf = (kind: RuleView['kind'], v: RuleValues): Record<string, unknown> => {
  if (kind === 'rigid_spending') return { share: v.share };
  if (kind === 'sudden_event')
    return { days: v.days, riskTypes: v.riskTypes ?? [], eventCategories: v.eventCategories ?? [] };
  if (kind === 'department_data') return { days: v.days, medicalYuan: v.medicalYuan };
  return {};
};

function RuleModal({ rule, onClose }: { rule: RuleView; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<RuleValues, unknown>({
    mutationFn: (v) =>
      monitoringApi.newVersion(rule.code, {
        name: v.name,
        enabled: v.enabled,
        params: paramsOf(rule.kind, v),
      }),
    success: t('visitsMonitoring.saved'),
    invalidate: [monitoringKey],
    onClose,
  });
  return (
    <Modal
      open
      title={t('visitsMonitoring.editRuleTitle', { code: rule.code })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: pending, 'data-testid': 'rule-ok' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ name: rule.name, enabled: rule.enabled, ...rule.params }}
      >
        <Form.Item name="name" label={t('visitsMonitoring.ruleName')} rules={[{ required: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="enabled" label={t('visitsMonitoring.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {rule.kind === 'income_below' && (
          <Typography.Paragraph type="secondary">{t('visitsMonitoring.params.none')}</Typography.Paragraph>
        )}
        {rule.kind === 'rigid_spending' && (
          <Form.Item name="share" label={t('visitsMonitoring.params.share')} rules={[{ required: true }]}>
            <InputNumber min={0.05} max={1} step={0.05} style={{ width: '100%' }} data-testid="rule-share" />
          </Form.Item>
        )}
        {(rule.kind === 'sudden_event' || rule.kind === 'department_data') && (
          <Form.Item name="days" label={t('visitsMonitoring.params.days')} rules={[{ required: true }]}>
            <InputNumber min={1} max={730} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {rule.kind === 'sudden_event' && (
          <>
            <Form.Item name="riskTypes" label={t('visitsMonitoring.params.riskTypes')}>
              <Select
                mode="multiple"
                options={RISK_TYPES.map((c) => ({ value: c, label: t(`visitsMonitoring.riskTypes.${c}`) }))}
              />
            </Form.Item>
            <Form.Item name="eventCategories" label={t('visitsMonitoring.params.eventCategories')}>
              <Select mode="tags" tokenSeparators={[',', ' ']} />
            </Form.Item>
          </>
        )}
        {rule.kind === 'department_data' && (
          <Form.Item
            name="medicalYuan"
            label={t('visitsMonitoring.params.medicalYuan')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={10000000} style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

const ParamsText = ({ rule }: { rule: Pick<RuleView, 'kind' | 'params'> }) => {
  const { t } = useTranslation();
  const p = rule.params as Record<string, unknown>;
  if (rule.kind === 'income_below') return <>{t('visitsMonitoring.params.none')}</>;
  return (
    <Flex vertical gap={0}>
      {Object.entries(p).map(([k, v]) => (
        <Typography.Text key={k} style={{ fontSize: 12 }}>
          {t(`visitsMonitoring.params.${k}`, { defaultValue: k })}：
          {Array.isArray(v)
            ? v
                .map((x) =>
                  k === 'riskTypes' ? t(`visitsMonitoring.riskTypes.${x}`, { defaultValue: x }) : x,
                )
                .join('、')
            : String(v)}
        </Typography.Text>
      ))}
    </Flex>
  );
};

function VersionsModal({ code, onClose }: { code: string; onClose: () => void }) {
  const { t } = useTranslation();
  const versions = useRuleVersions(code);
  return (
    <Modal
      open
      title={t('visitsMonitoring.versionsTitle', { code })}
      onCancel={onClose}
      footer={null}
      width={720}
    >
      <Table<RuleView>
        rowKey="id"
        size="small"
        loading={versions.isFetching}
        pagination={false}
        dataSource={versions.data?.items ?? []}
        scroll={{ x: true }}
        columns={[
          { key: 'v', title: t('visitsMonitoring.ruleCols.version'), render: (_, r) => `v${r.version}` },
          { key: 'name', title: t('visitsMonitoring.ruleCols.name'), render: (_, r) => r.name },
          {
            key: 'params',
            title: t('visitsMonitoring.ruleCols.params'),
            render: (_, r) => <ParamsText rule={r} />,
          },
          {
            key: 'state',
            title: t('visitsMonitoring.ruleCols.enabled'),
            render: (_, r) =>
              r.supersededAt ? (
                t('visitsMonitoring.superseded', { day: dayOf(r.supersededAt) })
              ) : (
                <Tag color="green">{t('visitsMonitoring.current')}</Tag>
              ),
          },
        ]}
      />
    </Modal>
  );
}

export default function MonitoringSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const mayEdit = can(me.role, 'monitoring.settings');
  const thresholds = useThresholds();
  const rules = useRules();
  const [thresholdDialog, setThresholdDialog] = useState<ThresholdView | 'new' | null>(null);
  const [editing, setEditing] = useState<RuleView | null>(null);
  const [versionsOf, setVersionsOf] = useState<string | null>(null);
  const remove = useMonitoringWrite((id: string) => monitoringApi.deleteThreshold(id));
  const sweep = useMonitoringWrite(() => monitoringApi.sweep());

  const thresholdColumns: ColumnsType<ThresholdView> = [
    { key: 'year', title: t('visitsMonitoring.year'), render: (_, r) => r.year },
    {
      key: 'amount',
      title: t('visitsMonitoring.amount'),
      align: 'right',
      render: (_, r) => r.amountYuan.toLocaleString('en-US'),
    },
    {
      key: 'level',
      title: t('visitsMonitoring.level'),
      render: (_, r) =>
        `${r.regionName}（${t(`visitsMonitoring.levels.${r.level}`, { defaultValue: r.level })}）`,
    },
    { key: 'note', title: t('visitsMonitoring.note'), render: (_, r) => r.note },
    {
      key: 'actions',
      fixed: 'right',
      title: t('visitsMonitoring.ruleCols.actions'),
      render: (_, r) =>
        r.editable && (
          <Flex gap={4}>
            <Button size="small" onClick={() => setThresholdDialog(r)} data-testid="threshold-edit">
              {t('visitsMonitoring.edit')}
            </Button>
            <Popconfirm
              title={t('visitsMonitoring.deleteConfirm')}
              onConfirm={() => remove.mutateAsync(r.id).catch((e: unknown) => message.error(errorText(e)))}
            >
              <Button size="small" danger>
                {t('visitsMonitoring.delete')}
              </Button>
            </Popconfirm>
          </Flex>
        ),
    },
  ];

  const ruleColumns: ColumnsType<RuleView> = [
    { key: 'code', title: t('visitsMonitoring.ruleCols.code'), render: (_, r) => r.code },
    { key: 'name', title: t('visitsMonitoring.ruleCols.name'), render: (_, r) => r.name },
    {
      key: 'params',
      title: t('visitsMonitoring.ruleCols.params'),
      render: (_, r) => <ParamsText rule={r} />,
    },
    { key: 'version', title: t('visitsMonitoring.ruleCols.version'), render: (_, r) => `v${r.version}` },
    {
      key: 'enabled',
      title: t('visitsMonitoring.ruleCols.enabled'),
      render: (_, r) =>
        r.enabled ? (
          <Tag color="green">{t('visitsMonitoring.enabled')}</Tag>
        ) : (
          <Tag>{t('visitsMonitoring.disabled')}</Tag>
        ),
    },
    {
      key: 'open',
      title: t('visitsMonitoring.ruleCols.open'),
      align: 'right',
      render: (_, r) => r.openSignals,
    },
    {
      key: 'actions',
      fixed: 'right',
      title: t('visitsMonitoring.ruleCols.actions'),
      render: (_, r) => (
        <Flex gap={4} wrap>
          {mayEdit && (
            <Button size="small" onClick={() => setEditing(r)} data-testid={`rule-edit-${r.code}`}>
              {t('visitsMonitoring.editRule')}
            </Button>
          )}
          <Button size="small" onClick={() => setVersionsOf(r.code)}>
            {t('visitsMonitoring.versions')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('visitsMonitoring.settingsTitle')}
      </Typography.Title>
      {mayEdit && (
        <Card size="small">
          <Flex gap={8} align="center" wrap>
            <Button
              type="primary"
              icon={<ThunderboltOutlined />}
              loading={sweep.isPending}
              onClick={() =>
                sweep
                  .mutateAsync(undefined)
                  .then((r) => message.success(t('visitsMonitoring.sweepDone', r)))
                  .catch((e: unknown) => message.error(errorText(e)))
              }
              data-testid="sweep-now"
            >
              {t('visitsMonitoring.sweep')}
            </Button>
            <Typography.Text type="secondary">{t('visitsMonitoring.sweepHint')}</Typography.Text>
          </Flex>
        </Card>
      )}
      <Card
        size="small"
        title={t('visitsMonitoring.thresholds')}
        extra={
          mayEdit && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setThresholdDialog('new')}
              data-testid="threshold-add"
            >
              {t('visitsMonitoring.addThreshold')}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary">{t('visitsMonitoring.thresholdsHint')}</Typography.Paragraph>
        {thresholds.isError && <Typography.Text type="danger">{errorText(thresholds.error)}</Typography.Text>}
        <Table<ThresholdView>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          loading={thresholds.isFetching}
          columns={thresholdColumns}
          dataSource={thresholds.data?.items ?? []}
          data-testid="thresholds-table"
        />
      </Card>
      <Card size="small" title={t('visitsMonitoring.rules')}>
        <Typography.Paragraph type="secondary">{t('visitsMonitoring.rulesHint')}</Typography.Paragraph>
        {rules.isError && <Typography.Text type="danger">{errorText(rules.error)}</Typography.Text>}
        <Table<RuleView>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          loading={rules.isFetching}
          columns={ruleColumns}
          dataSource={rules.data?.items ?? []}
          data-testid="rules-table"
        />
      </Card>
      {thresholdDialog && (
        <ThresholdModal
          row={thresholdDialog === 'new' ? null : thresholdDialog}
          onClose={() => setThresholdDialog(null)}
        />
      )}
      {editing && <RuleModal rule={editing} onClose={() => setEditing(null)} />}
      {versionsOf && <VersionsModal code={versionsOf} onClose={() => setVersionsOf(null)} />}
    </Flex>
  );
}
