import { Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilters as Filters } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { useAuditLog } from './queries';

export default function AuditPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [filters, setFilters] = useState<Filters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const log = useAuditLog({ ...filters, ...paging });
  const filtered = Object.values(filters).some(Boolean);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <Card>
        <AuditFilters
          applied={filters}
          onApply={(next) => {
            setFilters(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
        {log.isError && <Typography.Paragraph type="danger">{errorText(log.error)}</Typography.Paragraph>}
        <AuditTable
          data={log.data}
          loading={log.isFetching}
          filtered={filtered}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
        />
      </Card>
    </Space>
  );
}
