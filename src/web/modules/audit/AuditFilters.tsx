import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditNames } from '../../../contracts/api/audit';
import { api, type AuditFilters as Filters } from '../../app/api';
import { RegionPicker } from '../../app/components/RegionPicker';
import { useLabels } from '../../app/labels';
import { useIsMobile } from '../../app/layout/use-is-mobile';
import { useAuditNames } from './queries';

type FilterValues = {
  action?: string;
  entity?: string;
  actor?: string;
  regionCode?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
};

const toFilters = (v: FilterValues): Filters => ({
  action: v.action || undefined,
  entity: v.entity || undefined,
  actor: v.actor?.trim() || undefined,
  regionCode: v.regionCode || undefined,
  from: v.range?.[0]?.format('YYYY-MM-DD'),
  to: v.range?.[1]?.format('YYYY-MM-DD'),
});

/** Options grouped by the module that writes them, searchable by name (and by code). */
const useNameOptions = (names: AuditNames['actions'] | undefined) => {
  const labels = useLabels();
  const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  for (const n of names ?? []) {
    const group = labels.text(n.group);
    if (!groups.has(group)) groups.set(group, { label: group, options: [] });
    groups.get(group)?.options.push({ value: n.key, label: labels.text(n.name, n.key) });
  }
  return [...groups.values()];
};

const matches = (input: string, option?: { value?: unknown; label?: unknown }) =>
  `${option?.label ?? ''} ${option?.value ?? ''}`.toLowerCase().includes(input.trim().toLowerCase());

/** Filters apply on "查询"; the export link always carries the filters in force. */
export function AuditFilters({
  applied,
  onApply,
}: {
  applied: Filters;
  onApply: (filters: Filters) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();
  const isMobile = useIsMobile();
  const names = useAuditNames();
  const actionOptions = useNameOptions(names.data?.actions);
  const entityOptions = useNameOptions(names.data?.entities);
  const pickerWidth = isMobile ? '100%' : 220;
  return (
    <Form<FilterValues>
      form={form}
      layout={isMobile ? 'vertical' : 'inline'}
      onFinish={(v) => onApply(toFilters(v))}
      style={{ rowGap: 8, marginBottom: 16 }}
      data-testid="audit-filters"
    >
      <Form.Item name="action" label={t('audit.action')}>
        <Select
          allowClear
          showSearch={{ filterOption: matches }}
          loading={names.isPending}
          options={actionOptions}
          placeholder={t('audit.actionPlaceholder')}
          style={{ width: pickerWidth }}
          data-testid="audit-filter-action"
        />
      </Form.Item>
      <Form.Item name="entity" label={t('audit.entity')}>
        <Select
          allowClear
          showSearch={{ filterOption: matches }}
          loading={names.isPending}
          options={entityOptions}
          placeholder={t('audit.entityPlaceholder')}
          style={{ width: pickerWidth }}
          data-testid="audit-filter-entity"
        />
      </Form.Item>
      <Form.Item name="regionCode" label={t('audit.region')} style={{ minWidth: isMobile ? undefined : 220 }}>
        <RegionPicker data-testid="audit-filter-region" />
      </Form.Item>
      <Form.Item name="actor" label={t('audit.actor')}>
        <Input
          allowClear
          placeholder={t('audit.actorPlaceholder')}
          maxLength={64}
          data-testid="audit-filter-actor"
        />
      </Form.Item>
      <Form.Item name="range" label={t('audit.dateRange')}>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('audit.startDate'), t('audit.endDate')]}
          data-testid="audit-filter-range"
        />
      </Form.Item>
      <Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
            {t('audit.query')}
          </Button>
          <Button
            htmlType="button"
            onClick={() => {
              form.resetFields();
              onApply({});
            }}
          >
            {t('common.reset')}
          </Button>
          <Button icon={<DownloadOutlined />} href={api.audit.exportUrl(applied)} data-testid="audit-export">
            {t('audit.export')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
