import { Button, Drawer, Flex, Input, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../contracts/api/points';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { ExcelActions } from '../../app/components/excel/ExcelActions';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useErrorText } from '../../app/errors';
import { AccountCard } from './AccountCard';
import type { AccountQuery } from './api';
import { LedgerTable } from './LedgerTable';
import { useAccounts } from './queries';
import { SystemSwitch } from './shared';

/** Accounts by balance, searchable by name or household number; a row opens its ledger. */
export function AccountsTab() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const [query, setQuery] = useState<AccountQuery>({ system: 'civil', page: 1, pageSize: 20 });
  const accounts = useAccounts(query);
  const [open, setOpen] = useState<AccountView | null>(null);
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        <SystemSwitch
          value={query.system}
          onChange={(system) => setQuery((q) => ({ ...q, system: system ?? 'civil', page: 1 }))}
        />
        <Input.Search
          allowClear
          style={{ width: 260, maxWidth: '100%' }}
          placeholder={t('points.accountSearch')}
          onSearch={(q) => setQuery((old) => ({ ...old, q: q.trim() || undefined, page: 1 }))}
          data-testid="accounts-search"
        />
        <ExcelActions
          registry="pointsLedger"
          filters={{ system: query.system }}
          mayImport={can(me.role, 'points.approve')}
        />
      </Flex>
      {accounts.isError && <span style={{ color: 'red' }}>{errorText(accounts.error)}</span>}
      <ResponsiveTable<AccountView>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={accounts.isFetching}
        dataSource={accounts.data?.items ?? []}
        locale={{ emptyText: t('points.noAccounts') }}
        onRow={(a) => ({ onClick: () => setOpen(a), style: { cursor: 'pointer' } })}
        pagination={{
          current: accounts.data?.page ?? 1,
          pageSize: accounts.data?.pageSize ?? 20,
          total: accounts.data?.total ?? 0,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          {
            key: 'name',
            title: t('points.holder'),
            render: (_, a) => (
              <Button type="link" style={{ padding: 0 }}>
                {a.holderName}
              </Button>
            ),
          },
          { key: 'no', title: t('points.householdNo'), render: (_, a) => a.householdNo ?? '' },
          { key: 'balance', title: t('points.balance'), dataIndex: 'balance' },
          { key: 'year', title: t('points.yearTotal'), dataIndex: 'yearTotal' },
          {
            key: 'frozen',
            title: t('points.statusLabel'),
            render: (_, a) =>
              a.frozenUntil ? (
                <Tag color="orange">{t('points.frozenUntil', { date: a.frozenUntil })}</Tag>
              ) : null,
          },
        ]}
      />
      <Drawer
        open={!!open}
        onClose={() => setOpen(null)}
        title={open?.holderName}
        size="large"
        destroyOnHidden
      >
        {open && (
          <Flex vertical gap={12}>
            <AccountCard account={open} />
            <LedgerTable accountId={open.id} reversible={can(me.role, 'points.correct')} />
          </Flex>
        )}
      </Drawer>
    </Flex>
  );
}
