import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Input, Popconfirm, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PAIRING_SORTS, PAIRING_STATUSES } from '../../../../contracts/api/economy-pairings';
import { can } from '../../../../contracts/roles';
import { useCurrentUser } from '../../../app/auth';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { type PairingQuery, type PairingView, pairingsApi, usePairings } from './api';
import { IncomeChange, Yuan } from './IncomeCells';
import { PairingFormModal } from './PairingFormModal';
import { useUndoableDelete } from './use-undoable-delete';

// 强村带弱村 list: filters in the address (status, village name, sort, page), each pairing with
// both villages, years, activities and the weak village's income before and after.

/** 2024 年起 / 2022–2025 年. */
export function PairingYears({ p }: { p: Pick<PairingView, 'startYear' | 'endYear'> }) {
  const { t } = useTranslation();
  return (
    <span>
      {p.endYear
        ? t('econPairings.yearsClosed', { start: p.startYear, end: p.endYear })
        : t('econPairings.yearsOpen', { start: p.startYear })}
    </span>
  );
}

export function PairingsTab() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const query: PairingQuery = {
    status: (params.get('status') as PairingQuery['status']) ?? undefined,
    q: params.get('q') ?? undefined,
    sort: (params.get('sort') as PairingQuery['sort']) ?? '-startYear',
    page: Number(params.get('page') ?? 1),
    pageSize: Number(params.get('pageSize') ?? 20),
  };
  const list = usePairings(query);
  const remove = useUndoableDelete({
    remove: pairingsApi.remove,
    restore: pairingsApi.restore,
    deleted: t('econPairings.deleted'),
  });
  const set = (patch: Record<string, string | number | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === '') next.delete(k);
        else next.set(k, String(v));
      }
      if (!('page' in patch)) next.delete('page');
      return next;
    });
  return (
    <Card size="small">
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 130 }}
          placeholder={t('econPairings.allStatuses')}
          aria-label={t('econPairings.status')}
          value={query.status}
          onChange={(v) => set({ status: v })}
          options={PAIRING_STATUSES.map((s) => ({ value: s, label: t(`econPairings.statuses.${s}`) }))}
        />
        <Select
          style={{ width: 190 }}
          aria-label={t('econPairings.sort')}
          value={query.sort}
          onChange={(v) => set({ sort: v })}
          options={PAIRING_SORTS.map((s) => ({ value: s, label: t(`econPairings.sorts.${s}`) }))}
        />
        <Input.Search
          allowClear
          style={{ width: 220, maxWidth: '100%' }}
          placeholder={t('econPairings.search')}
          aria-label={t('econPairings.search')}
          defaultValue={query.q}
          onSearch={(v) => set({ q: v.trim() || undefined })}
        />
        {can(me.role, 'economy.pairings') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="pairing-add"
          >
            {t('econPairings.add')}
          </Button>
        )}
      </Flex>
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<PairingView>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('econPairings.empty')} /> }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => set({ page, pageSize }),
        }}
        columns={[
          {
            key: 'weak',
            title: t('econPairings.weak'),
            render: (_, p) => (
              <Link to={`/economy-pairings/${p.id}`} style={{ textDecoration: 'underline' }}>
                {p.weakName}
              </Link>
            ),
          },
          { key: 'strong', title: t('econPairings.strong'), dataIndex: 'strongName' },
          { key: 'years', title: t('econPairings.years'), render: (_, p) => <PairingYears p={p} /> },
          {
            key: 'status',
            title: t('econPairings.status'),
            render: (_, p) => (
              <Tag color={p.status === 'active' ? 'blue' : undefined}>
                {t(`econPairings.statuses.${p.status}`)}
              </Tag>
            ),
          },
          {
            key: 'before',
            title: t('econPairings.before'),
            render: (_, p) => <Yuan fen={p.income.beforeFen} />,
          },
          {
            key: 'after',
            title: t('econPairings.after'),
            render: (_, p) => <Yuan fen={p.income.afterFen} />,
          },
          {
            key: 'change',
            title: t('econPairings.change'),
            render: (_, p) => <IncomeChange income={p.income} />,
          },
          { key: 'activities', title: t('econPairings.activities'), dataIndex: 'activityCount' },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, p) => (
              <Flex gap={4} wrap>
                <Link to={`/economy-pairings/${p.id}`} style={{ textDecoration: 'underline' }}>
                  {t('econPairings.open')}
                </Link>
                {p.editable && (
                  <Popconfirm
                    title={t('econPairings.deleteConfirm')}
                    okText={t('econPairings.delete')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove(p.id).catch((e) => message.error(errorText(e)))}
                  >
                    <Button size="small" type="link" danger data-testid={`pairing-delete-${p.id}`}>
                      {t('econPairings.delete')}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {adding && <PairingFormModal onClose={() => setAdding(false)} />}
    </Card>
  );
}
