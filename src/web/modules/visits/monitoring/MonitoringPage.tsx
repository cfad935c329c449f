import { SettingOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Form, Input, Modal, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { ExportButton } from '../../../app/components/excel/ExportButton';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useFormModal } from '../../../app/components/use-form-modal';
import { useErrorText } from '../../../app/errors';
import {
  type AtRiskQuery,
  type AtRiskRow,
  monitoringApi,
  monitoringKey,
  useAtRisk,
  useAtRiskVillages,
} from './api';
import { visitsMonitoringZh } from './messages';

// 返贫风险待核实 (docs/visits.md §2): the work queue of villages, townships and grid workers. One row
// per household with every open reason (rule and version, or the channel it came from), the
// households per village, a way to start identification, and 排除 after checking.

const CHANNELS = ['rule', 'self', 'screening', 'department'] as const;
const SORTS = ['first-seen-desc', 'first-seen-asc', 'village', 'signals-desc'] as const;
const RISK_TYPES = Object.keys(visitsMonitoringZh.riskTypes) as (keyof typeof visitsMonitoringZh.riskTypes)[];
const CHANNEL_COLORS: Record<string, string> = {
  rule: 'orange',
  self: 'blue',
  screening: 'green',
  department: 'purple',
};

const dayOf = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

function DismissModal({
  signalId,
  reason,
  onClose,
}: {
  signalId: string;
  reason: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { form, pending, submit } = useFormModal<{ reason: string }, unknown>({
    mutationFn: (v) => monitoringApi.dismiss(signalId, v.reason),
    success: t('visitsMonitoring.dismissed'),
    invalidate: [monitoringKey],
    onClose,
  });
  return (
    <Modal
      open
      title={t('visitsMonitoring.dismissTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: pending, 'data-testid': 'dismiss-ok' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{reason}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('visitsMonitoring.dismissReason')}
          extra={t('visitsMonitoring.dismissHint')}
          rules={[{ required: true, min: 2, message: t('visitsMonitoring.dismissHint') }]}
        >
          <Input.TextArea rows={3} maxLength={200} data-testid="dismiss-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function MonitoringPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const mayJudge = can(me.role, 'monitoring.cases');
  const [query, setQuery] = useState<AtRiskQuery>({ page: 1, pageSize: 20, sort: 'first-seen-desc' });
  const set = (patch: Partial<AtRiskQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));
  const list = useAtRisk(query);
  const villages = useAtRiskVillages(query);
  const [dismissing, setDismissing] = useState<{ signalId: string; reason: string } | null>(null);

  const columns: ColumnsType<AtRiskRow> = [
    {
      key: 'household',
      title: t('visitsMonitoring.cols.household'),
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Link to={`/households/${r.householdId}`} style={{ textDecoration: 'underline' }}>
            {r.headName ?? r.householdNo}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.householdNo} · {r.villageName}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'village', title: t('visitsMonitoring.cols.village'), render: (_, r) => r.villageName },
    {
      key: 'reasons',
      title: t('visitsMonitoring.cols.reasons'),
      render: (_, r) => (
        <Flex vertical gap={4} data-testid="at-risk-reasons">
          {r.reasons.map((x) => (
            <Flex key={x.signalId} gap={4} wrap align="baseline">
              <Tag color={CHANNEL_COLORS[x.channel]}>
                {x.ruleCode
                  ? t('visitsMonitoring.ruleTag', { code: x.ruleCode, version: x.ruleVersion })
                  : t(`visitsMonitoring.channels.${x.channel}`)}
              </Tag>
              <Typography.Text>{x.reason}</Typography.Text>
              {mayJudge && (
                <Button
                  type="link"
                  size="small"
                  onClick={() => setDismissing({ signalId: x.signalId, reason: x.reason })}
                  data-testid="signal-dismiss"
                >
                  {t('visitsMonitoring.dismiss')}
                </Button>
              )}
            </Flex>
          ))}
        </Flex>
      ),
    },
    {
      key: 'firstSeen',
      title: t('visitsMonitoring.cols.firstSeen'),
      render: (_, r) => dayOf(r.firstSeenAt),
    },
    {
      key: 'state',
      title: t('visitsMonitoring.cols.state'),
      render: (_, r) =>
        r.caseState ? (
          <Tag color="blue">
            {t(`visitsMonitoring.caseStates.${r.caseState}`, { defaultValue: r.caseState })}
          </Tag>
        ) : (
          <Typography.Text type="secondary">{t('visitsMonitoring.noCase')}</Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: t('visitsMonitoring.cols.actions'),
      render: (_, r) =>
        r.caseId ? (
          <Link to={`/monitoring-cases/${r.caseId}`} style={{ textDecoration: 'underline' }}>
            {t('visitsMonitoring.openCase')}
          </Link>
        ) : (
          mayJudge && (
            <Link
              to={`/monitoring-cases/new?householdId=${r.householdId}&signalId=${r.reasons[0]?.signalId ?? ''}`}
              style={{ textDecoration: 'underline' }}
              data-testid="start-case"
            >
              {t('visitsMonitoring.startCase')}
            </Link>
          )
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('visitsMonitoring.title')}
        </Typography.Title>
        {can(me.role, 'monitoring.settings') && (
          <Link to="/monitoring-settings">
            <SettingOutlined /> {t('visitsMonitoring.settingsNav')}
          </Link>
        )}
      </Flex>
      <Card size="small">
        <Flex wrap gap={8}>
          {me.role !== 'village' && me.role !== 'grid_worker' && (
            <div style={{ width: 200 }}>
              <RegionPicker
                aria-label={t('visitsMonitoring.region')}
                allowedLevels={['township', 'village']}
                value={query.regionCode}
                onChange={(regionCode) => set({ regionCode })}
                data-testid="at-risk-region"
              />
            </div>
          )}
          <Select
            allowClear
            placeholder={t('visitsMonitoring.channel')}
            aria-label={t('visitsMonitoring.channel')}
            style={{ width: 150 }}
            value={query.channel}
            options={CHANNELS.map((c) => ({ value: c, label: t(`visitsMonitoring.channels.${c}`) }))}
            onChange={(channel) => set({ channel })}
            data-testid="at-risk-channel"
          />
          <Select
            allowClear
            placeholder={t('visitsMonitoring.riskType')}
            aria-label={t('visitsMonitoring.riskType')}
            style={{ width: 150 }}
            value={query.riskType}
            options={RISK_TYPES.map((c) => ({ value: c, label: t(`visitsMonitoring.riskTypes.${c}`) }))}
            onChange={(riskType) => set({ riskType })}
          />
          <Input.Search
            allowClear
            placeholder={t('visitsMonitoring.q')}
            aria-label={t('visitsMonitoring.q')}
            style={{ width: 200 }}
            onSearch={(q) => set({ q: q.trim() || undefined })}
            data-testid="at-risk-q"
          />
          <Select
            aria-label={t('visitsMonitoring.sort')}
            style={{ width: 160 }}
            value={query.sort}
            options={SORTS.map((s) => ({ value: s, label: t(`visitsMonitoring.sorts.${s}`) }))}
            onChange={(sort) => set({ sort })}
          />
          <ExportButton
            url={() => monitoringApi.exportUrl(query)}
            testId="at-risk-export"
            label={t('visitsMonitoring.export')}
          />
        </Flex>
      </Card>
      {me.role !== 'village' && me.role !== 'grid_worker' && (
        <Card size="small" title={t('visitsMonitoring.villages')}>
          <Flex wrap gap={6} data-testid="at-risk-villages">
            {(villages.data?.items ?? []).length === 0 && (
              <Typography.Text type="secondary">{t('visitsMonitoring.villagesEmpty')}</Typography.Text>
            )}
            {(villages.data?.items ?? []).map((v) => (
              <Tag.CheckableTag
                key={v.regionCode}
                checked={query.regionCode === v.regionCode}
                onChange={(on) => set({ regionCode: on ? v.regionCode : undefined })}
              >
                {v.name} {v.count}
              </Tag.CheckableTag>
            ))}
          </Flex>
        </Card>
      )}
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<AtRiskRow>
        rowKey="householdId"
        size="small"
        loading={list.isFetching}
        columns={columns}
        phoneColumns={['household', 'reasons', 'actions']}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('visitsMonitoring.empty')} /> }}
        data-testid="at-risk-table"
        pagination={{
          current: list.data?.page ?? 1,
          pageSize: list.data?.pageSize ?? 20,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('visitsMonitoring.total', { total }),
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
      />
      {dismissing && (
        <DismissModal
          signalId={dismissing.signalId}
          reason={dismissing.reason}
          onClose={() => setDismissing(null)}
        />
      )}
    </Flex>
  );
}
