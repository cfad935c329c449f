import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Row = { field: string; before: unknown; after: unknown; changed: boolean };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const show = (v: unknown): string => {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
};

/** Turns `{ before, after }` into one row per field; anything else is shown as formatted JSON. */
const toRows = (diff: unknown): Row[] | null => {
  if (!isRecord(diff) || !('before' in diff || 'after' in diff)) return null;
  const before = isRecord(diff.before) ? diff.before : {};
  const after = isRecord(diff.after) ? diff.after : {};
  const fields = Array.from(new Set([...Object.keys(before), ...Object.keys(after)]));
  return fields.map((field) => ({
    field,
    before: before[field],
    after: after[field],
    changed: show(before[field]) !== show(after[field]),
  }));
};

export function DiffView({ diff }: { diff: unknown }) {
  const { t } = useTranslation();
  if (diff === null || diff === undefined || (isRecord(diff) && Object.keys(diff).length === 0)) {
    return <Typography.Text type="secondary">{t('audit.noDiff')}</Typography.Text>;
  }
  const rows = toRows(diff);
  if (!rows) {
    return (
      <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: '0.9em' }}>
        {JSON.stringify(diff, null, 2)}
      </pre>
    );
  }
  const cell = (v: unknown) => <span style={{ wordBreak: 'break-all' }}>{show(v)}</span>;
  return (
    <Table<Row>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      data-testid="audit-diff"
      onRow={(r) => ({ style: r.changed ? { background: '#fff8e1' } : undefined })}
      columns={[
        {
          key: 'field',
          title: t('audit.field'),
          dataIndex: 'field',
          render: (f: string) => <code>{f}</code>,
        },
        { key: 'before', title: t('audit.before'), render: (_, r) => cell(r.before) },
        {
          key: 'after',
          title: t('audit.after'),
          render: (_, r) => (r.changed ? <strong>{show(r.after)}</strong> : cell(r.after)),
        },
      ]}
    />
  );
}
