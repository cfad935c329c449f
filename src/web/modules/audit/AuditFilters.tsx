import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, type AuditFilters as Filters } from '../../app/api';
import { useIsMobile } from '../../app/layout/use-is-mobile';

type FilterValues = {
  action?: string;
  entity?: string;
  actor?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
};

const toFilters = (v: FilterValues): Filters => ({
  action: v.action?.trim() || undefined,
  entity: v.entity?.trim() || undefined,
  actor: v.actor?.trim() || undefined,
  from: v.range?.[0]?.format('YYYY-MM-DD'),
  to: v.range?.[1]?.format('YYYY-MM-DD'),
});

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
  return (
    <Form<FilterValues>
      form={form}
      layout={isMobile ? 'vertical' : 'inline'}
      onFinish={(v) => onApply(toFilters(v))}
      style={{ rowGap: 8, marginBottom: 16 }}
      data-testid="audit-filters"
    >
      <Form.Item name="action" label={t('audit.action')}>
        <Input
          allowClear
          placeholder={t('audit.actionPlaceholder')}
          maxLength={64}
          data-testid="audit-filter-action"
        />
      </Form.Item>
      <Form.Item name="entity" label={t('audit.entity')}>
        <Input
          allowClear
          placeholder={t('audit.entityPlaceholder')}
          maxLength={64}
          data-testid="audit-filter-entity"
        />
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
