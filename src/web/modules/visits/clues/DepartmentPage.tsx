import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Input, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { ExportButton } from '../../../app/components/excel/ExportButton';
import { ImportModal } from '../../../app/components/excel/ImportModal';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import {
  cluesApi,
  cluesKey,
  type DepartmentRecordQuery,
  type DepartmentRecordView,
  useDataDepartments,
  useDepartmentJob,
  useDepartmentRecords,
} from './api';

// 部门筛查数据 (docs/visits.md §3): departments (and the county and townships) import their lists;
// everyone screening sees the records of their scope, names masked, filtered and exported.

const IMPORTERS = new Set(['county_admin', 'township', 'department']);

export default function DepartmentPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [query, setQuery] = useState<DepartmentRecordQuery>({ page: 1, pageSize: 20 });
  const set = (patch: Partial<DepartmentRecordQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));
  const list = useDepartmentRecords(query);
  const departments = useDataDepartments();
  const [importing, setImporting] = useState(false);
  const kinds = (departments.data ?? [])
    .filter((d) => !query.department || d.code === query.department)
    .flatMap((d) => d.kinds);

  const columns: ColumnsType<DepartmentRecordView> = [
    {
      key: 'person',
      title: t('visitsClues.department.col.person'),
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>{r.personName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.departmentName} · {r.kindName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'household',
      title: t('visitsClues.department.col.household'),
      render: (_, r) =>
        can(me.role, 'households.read') ? (
          <Link to={`/households/${r.householdId}`} style={{ textDecoration: 'underline' }}>
            {r.householdNo ?? '—'}
          </Link>
        ) : (
          (r.householdNo ?? '—')
        ),
    },
    { key: 'village', title: t('visitsClues.department.col.village'), render: (_, r) => r.villageName },
    {
      key: 'department',
      title: t('visitsClues.department.col.department'),
      render: (_, r) => r.departmentName,
    },
    { key: 'kind', title: t('visitsClues.department.col.kind'), render: (_, r) => r.kindName },
    {
      key: 'amount',
      title: t('visitsClues.department.col.amount'),
      align: 'right',
      render: (_, r) => (r.amountYuan === null ? '—' : r.amountYuan.toLocaleString('zh-CN')),
    },
    {
      key: 'occurredOn',
      title: t('visitsClues.department.col.occurredOn'),
      render: (_, r) => r.occurredOn ?? '—',
    },
    { key: 'detail', title: t('visitsClues.department.col.detail'), render: (_, r) => r.detail ?? '—' },
    {
      key: 'createdAt',
      title: t('visitsClues.department.col.createdAt'),
      render: (_, r) => r.createdAt.slice(0, 16).replace('T', ' '),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('visitsClues.department.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('visitsClues.department.intro')}</Typography.Paragraph>
      <Card size="small">
        <Flex wrap gap={8}>
          {me.role !== 'village' && me.role !== 'grid_worker' && (
            <div style={{ width: 200 }}>
              <RegionPicker
                aria-label={t('visitsClues.department.col.village')}
                allowedLevels={['township', 'village']}
                value={query.regionCode}
                onChange={(regionCode) => set({ regionCode })}
                data-testid="department-region"
              />
            </div>
          )}
          <Select
            allowClear
            placeholder={t('visitsClues.department.allDepartments')}
            aria-label={t('visitsClues.department.col.department')}
            style={{ width: 150 }}
            value={query.department}
            options={(departments.data ?? []).map((d) => ({ value: d.code, label: d.name }))}
            onChange={(department) => set({ department, kind: undefined })}
            data-testid="department-filter"
          />
          <Select
            allowClear
            placeholder={t('visitsClues.department.allKinds')}
            aria-label={t('visitsClues.department.col.kind')}
            style={{ width: 170 }}
            value={query.kind}
            options={kinds.map((k) => ({ value: k.code, label: k.name }))}
            onChange={(kind) => set({ kind })}
          />
          <Input.Search
            allowClear
            placeholder={t('visitsClues.department.search')}
            aria-label={t('visitsClues.department.search')}
            style={{ width: 180 }}
            onSearch={(q) => set({ q: q.trim() || undefined })}
            data-testid="department-q"
          />
        </Flex>
        <Flex wrap gap={8} style={{ marginTop: 8 }}>
          {IMPORTERS.has(me.role) && (
            <Button
              type="primary"
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              data-testid="department-import"
            >
              {t('visitsClues.department.import')}
            </Button>
          )}
          <ExportButton
            url={() => cluesApi.exportUrl(query)}
            testId="department-export"
            label={t('visitsClues.department.export')}
          />
        </Flex>
      </Card>
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<DepartmentRecordView>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        phoneColumns={['person', 'household']}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('visitsClues.department.empty')} /> }}
        data-testid="department-table"
        pagination={{
          current: list.data?.page ?? 1,
          pageSize: list.data?.pageSize ?? 20,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
      />
      {importing && (
        // Departments may not open /api/import-jobs: the list serves its own job routes.
        <ImportModal
          title={t('visitsClues.department.importTitle')}
          steps={t('visitsClues.department.importSteps')}
          endpoints={cluesApi}
          jobs={{ useJob: useDepartmentJob, errorFileUrl: cluesApi.errorFileUrl }}
          doneText={(counts) =>
            t('visitsClues.department.done', {
              count: counts.records ?? 0,
              households: counts.households ?? 0,
            })
          }
          onDone={() => void qc.invalidateQueries({ queryKey: [...cluesKey, 'records'] })}
          onClose={() => setImporting(false)}
        />
      )}
    </Flex>
  );
}
