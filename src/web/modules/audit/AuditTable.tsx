import { Descriptions, Empty, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../contracts/api/audit';
import type { Page } from '../../app/api';
import { useLabels } from '../../app/labels';
import { DiffView } from './DiffView';

type Props = {
  data?: Page<AuditEntry>;
  loading: boolean;
  filtered: boolean;
  onPage: (page: number, pageSize: number) => void;
};

function EntryDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <div>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 8 }}
        items={[
          { key: 'action', label: t('audit.actionKey'), children: <code>{entry.action}</code> },
          { key: 'region', label: t('audit.regionCode'), children: entry.regionCode },
          { key: 'entityId', label: t('audit.entityId'), children: entry.entityId ?? '—' },
          { key: 'requestId', label: t('audit.requestId'), children: entry.requestId ?? '—' },
          { key: 'ip', label: t('audit.ip'), children: entry.ip ?? '—' },
        ]}
      />
      <Typography.Text strong>{t('audit.diff')}</Typography.Text>
      <DiffView diff={entry.diff} />
    </div>
  );
}

export function AuditTable({ data, loading, filtered, onPage }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const columns: TableColumnsType<AuditEntry> = [
    {
      key: 'at',
      title: t('audit.at'),
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_, e) => dayjs(e.at).format('YYYY-MM-DD HH:mm:ss'),
    },
    { key: 'actor', title: t('audit.actor'), render: (_, e) => e.actorName ?? '—' },
    { key: 'role', title: t('audit.role'), render: (_, e) => labels.role(e.role) || '—' },
    {
      key: 'action',
      title: t('audit.action'),
      render: (_, e) => (
        <Tag color="geekblue" title={e.action}>
          {labels.text(e.actionName, e.action)}
        </Tag>
      ),
    },
    { key: 'entity', title: t('audit.entity'), render: (_, e) => labels.text(e.entityName, e.entity) },
    {
      key: 'region',
      title: t('audit.region'),
      render: (_, e) => <span title={e.regionCode}>{e.regionName ?? e.regionCode}</span>,
    },
  ];
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      // A fixed width: with max-content the expanded row and the columns keep widening each other.
      scroll={{ x: 960 }}
      data-testid="audit-table"
      expandable={{ expandedRowRender: (entry) => <EntryDetails entry={entry} /> }}
      locale={{ emptyText: <Empty description={filtered ? t('audit.emptyFiltered') : t('audit.empty')} /> }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total) => t('common.total', { total }),
        onChange: onPage,
      }}
    />
  );
}
