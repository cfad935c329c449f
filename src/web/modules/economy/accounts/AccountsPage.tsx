import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Input, InputNumber, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { ExportButton } from '../../../app/components/excel/ExportButton';
import { excelEndpoints } from '../../../app/components/excel/excel-api';
import { ImportModal } from '../../../app/components/excel/ImportModal';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { type AccountListQuery, type AccountView, accountsKey, econAccountsApi, useAccountList } from './api';
import { CreateAccountModal } from './CreateAccountModal';
import { formatYuan } from './money';
import { QuarterlyReturnModal } from './QuarterlyReturnModal';
import { TierTag } from './TierTag';

// 村集体经济年度收支: the year's accounts of the villages in scope, with tier, search, sort, export,
// import (all or nothing) and the quarterly return.

const lastYear = new Date().getFullYear() - 1;
type Sort = NonNullable<AccountListQuery['sort']>;
const SORTS: { sort: Sort; order: 'asc' | 'desc' }[] = [
  { sort: 'region', order: 'asc' },
  { sort: 'operating', order: 'desc' },
  { sort: 'total', order: 'desc' },
  { sort: 'contracting', order: 'desc' },
];

export default function AccountsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const client = useQueryClient();
  const mayKeep = can(me.role, 'economy.accounts');
  const [query, setQuery] = useState<AccountListQuery>({ year: lastYear, page: 1, pageSize: 20 });
  const set = (patch: Partial<AccountListQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));
  const list = useAccountList(query);
  const [dialog, setDialog] = useState<'create' | 'import' | 'quarterly' | null>(null);

  const columns: ColumnsType<AccountView> = [
    {
      key: 'village',
      title: t('econAccounts.cols.village'),
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Link to={`/economy-accounts/${r.id}`} style={{ textDecoration: 'underline' }}>
            {r.villageName}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.townshipName} · {t('econAccounts.cols.operating')} {formatYuan(r.operatingFen)}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'township', title: t('econAccounts.cols.township'), render: (_, r) => r.townshipName },
    {
      key: 'operating',
      title: t('econAccounts.cols.operating'),
      align: 'right',
      render: (_, r) => formatYuan(r.operatingFen),
    },
    {
      key: 'total',
      title: t('econAccounts.cols.total'),
      align: 'right',
      render: (_, r) => formatYuan(r.totalFen),
    },
    {
      key: 'contracting',
      title: t('econAccounts.cols.contracting'),
      align: 'right',
      render: (_, r) => formatYuan(r.contractingFen),
    },
    {
      key: 'band',
      title: t('econAccounts.cols.band'),
      render: (_, r) => <TierTag code={r.bandCode} label={r.bandLabel} />,
    },
    { key: 'lines', title: t('econAccounts.cols.lines'), align: 'right', render: (_, r) => r.lineCount },
    {
      key: 'actions',
      title: t('econAccounts.cols.actions'),
      render: (_, r) => (
        <Link
          to={`/economy-accounts/${r.id}`}
          data-testid="account-open"
          style={{ textDecoration: 'underline' }}
        >
          {t('econAccounts.open')}
        </Link>
      ),
    },
  ];

  const sortValue = `${query.sort ?? 'region'}-${query.order ?? 'asc'}`;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('econAccounts.title')}
      </Typography.Title>
      <Card size="small">
        <Flex wrap gap={8}>
          <InputNumber
            aria-label={t('econAccounts.year')}
            addonBefore={t('econAccounts.year')}
            min={2000}
            max={2100}
            style={{ width: 140 }}
            value={query.year}
            onChange={(year) => year && set({ year })}
            data-testid="accounts-year"
          />
          {me.role !== 'village' && (
            <div style={{ width: 200 }}>
              <RegionPicker
                aria-label={t('econAccounts.region')}
                allowedLevels={['township', 'village']}
                value={query.regionCode}
                onChange={(regionCode) => set({ regionCode })}
                data-testid="accounts-region"
              />
            </div>
          )}
          <Input.Search
            allowClear
            placeholder={t('econAccounts.q')}
            aria-label={t('econAccounts.q')}
            style={{ width: 180 }}
            onSearch={(q) => set({ q: q.trim() || undefined })}
            data-testid="accounts-q"
          />
          <Select
            allowClear
            placeholder={t('econAccounts.band')}
            aria-label={t('econAccounts.band')}
            style={{ width: 200 }}
            value={query.band}
            options={(list.data?.bands ?? []).map((b) => ({ value: b.code, label: `${b.code} ${b.label}` }))}
            onChange={(band) => set({ band })}
          />
          <Select
            aria-label={t('econAccounts.sort')}
            style={{ width: 150 }}
            value={sortValue}
            options={SORTS.map((s) => ({
              value: `${s.sort}-${s.order}`,
              label: t(`econAccounts.sorts.${s.sort}`),
            }))}
            onChange={(v) => {
              const [sort, order] = v.split('-') as [Sort, 'asc' | 'desc'];
              set({ sort, order });
            }}
          />
        </Flex>
        <Flex wrap gap={8} style={{ marginTop: 8 }}>
          {mayKeep && (
            <Button
              icon={<PlusOutlined />}
              type="primary"
              onClick={() => setDialog('create')}
              data-testid="account-create"
            >
              {t('econAccounts.create')}
            </Button>
          )}
          {mayKeep && (
            <Button
              icon={<UploadOutlined />}
              onClick={() => setDialog('import')}
              data-testid="accounts-import"
            >
              {t('econAccounts.import')}
            </Button>
          )}
          <ExportButton
            url={() => econAccountsApi.exportUrl(query)}
            testId="accounts-export"
            label={t('econAccounts.export')}
          />
          <Button onClick={() => setDialog('quarterly')} data-testid="quarterly-open">
            {t('econAccounts.quarterly.open')}
          </Button>
        </Flex>
      </Card>
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<AccountView>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        phoneColumns={['village', 'band']}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('econAccounts.empty')} /> }}
        data-testid="accounts-table"
        pagination={{
          current: list.data?.page ?? 1,
          pageSize: list.data?.pageSize ?? 20,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
      />
      {dialog === 'create' && <CreateAccountModal year={query.year} onClose={() => setDialog(null)} />}
      {dialog === 'import' && (
        <ImportModal
          title={t('econAccounts.importTitle')}
          steps={t('econAccounts.importSteps')}
          endpoints={excelEndpoints('/economy/accounts')}
          doneText={(counts) =>
            t('econAccounts.importDone', { accounts: counts.accounts ?? 0, lines: counts.lines ?? 0 })
          }
          onDone={() => void client.invalidateQueries({ queryKey: accountsKey })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'quarterly' && (
        <QuarterlyReturnModal
          year={query.year}
          regionCode={query.regionCode}
          onClose={() => setDialog(null)}
        />
      )}
    </Flex>
  );
}
