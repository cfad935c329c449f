import { App, Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerEntryView } from '../../../contracts/api/points';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useErrorText } from '../../app/errors';
import { pointsApi } from './api';
import { useLedger, usePointsMutation } from './queries';
import { ReasonModal } from './ReasonModal';
import { PointsTag } from './shared';

const KIND_COLORS = {
  award: 'green',
  deduction: 'red',
  redeem: 'blue',
  redeem_cancel: 'cyan',
  reversal: 'orange',
  import: 'default',
} as const;

/** Redemptions are undone by cancelling them at the shop, not by a reversal. */
const REVERSIBLE: string[] = ['award', 'deduction', 'import'];

/** 积分明细 of one account, newest first; with `reversible`, a 冲正 per entry (reason and confirm). */
export function LedgerTable({ accountId, reversible }: { accountId: string; reversible?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const ledger = useLedger(accountId, page.page, page.pageSize);
  const reverse = usePointsMutation(({ id, reason }: { id: string; reason: string }) =>
    pointsApi.reverse(id, reason),
  );
  const [reversing, setReversing] = useState<LedgerEntryView | null>(null);

  return (
    <>
      <ResponsiveTable<LedgerEntryView>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={ledger.isFetching}
        dataSource={ledger.data?.items ?? []}
        locale={{ emptyText: t('points.noLedger') }}
        pagination={{
          current: ledger.data?.page ?? 1,
          pageSize: ledger.data?.pageSize ?? 10,
          total: ledger.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: (p, pageSize) => setPage({ page: p, pageSize }),
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          { key: 'date', title: t('points.date'), dataIndex: 'occurredOn' },
          {
            key: 'kind',
            title: t('points.kind'),
            render: (_, e) => <Tag color={KIND_COLORS[e.kind]}>{t(`points.kinds.${e.kind}`)}</Tag>,
          },
          { key: 'amount', title: t('points.points'), render: (_, e) => <PointsTag value={e.amount} /> },
          { key: 'after', title: t('points.balance'), dataIndex: 'balanceAfter' },
          {
            key: 'what',
            title: t('points.what'),
            render: (_, e) =>
              [
                e.ruleCode && `${e.ruleCode} ${e.ruleName ?? ''}`,
                e.note,
                e.reversedBy && t('points.wasReversed'),
              ]
                .filter(Boolean)
                .join(' · '),
          },
          ...(reversible
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, e: LedgerEntryView) =>
                    !e.reversedBy && REVERSIBLE.includes(e.kind) ? (
                      <Button
                        size="small"
                        danger
                        onClick={() => setReversing(e)}
                        data-testid="ledger-reverse"
                      >
                        {t('points.reverse')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {reversing && (
        <ReasonModal
          title={t('points.reverseTitle')}
          warning={t('points.reverseWarning', { amount: -reversing.amount })}
          okText={t('points.reverse')}
          pending={reverse.isPending}
          onClose={() => setReversing(null)}
          onSubmit={(reason) =>
            reverse.mutate(
              { id: reversing.id, reason },
              {
                onSuccess: () => {
                  setReversing(null);
                  message.success(t('points.reversed'));
                },
                onError: (e) => message.error(errorText(e)),
              },
            )
          }
        />
      )}
    </>
  );
}
