import { App, Button, Flex, Input, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedemptionView } from '../../../contracts/api/points';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useErrorText } from '../../app/errors';
import { pointsApi, type Shop } from './api';
import { usePointsMutation, useRedemptions } from './queries';
import { CancelRedemptionModal } from './RedemptionModals';
import { formatTime } from './shared';

const COLORS = { reserved: 'orange', handed_over: 'green', cancelled: 'default' } as const;

/** 取货与撤销: find a reservation by its pick-up code and hand it over; cancel within the window. */
export function RedemptionsTab({ shop }: { shop: Shop }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [query, setQuery] = useState({ code: '', page: 1, pageSize: 10 });
  const list = useRedemptions(shop.id, { ...query, code: query.code || undefined });
  const handOver = usePointsMutation(pointsApi.handOver);
  const [cancelling, setCancelling] = useState<RedemptionView | null>(null);
  const feedback = { onError: (e: unknown) => message.error(errorText(e)) };

  return (
    <Flex vertical gap={12}>
      <Input.Search
        size="large"
        allowClear
        inputMode="numeric"
        maxLength={8}
        placeholder={t('points.codeSearch')}
        enterButton={t('common.search')}
        onSearch={(code) => setQuery((q) => ({ ...q, code: code.trim(), page: 1 }))}
        data-testid="pickup-code"
      />
      <ResponsiveTable<RedemptionView>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: query.code ? t('points.codeNotFound') : t('points.noRedemptions') }}
        pagination={{
          current: list.data?.page ?? 1,
          pageSize: list.data?.pageSize ?? 10,
          total: list.data?.total ?? 0,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          { key: 'code', title: t('points.pickupCode'), render: (_, r) => <strong>{r.code}</strong> },
          {
            key: 'holder',
            title: t('points.household'),
            render: (_, r) => `${r.holderName} ${r.householdNo ?? ''}`,
          },
          {
            key: 'lines',
            title: t('points.goods'),
            render: (_, r) => r.lines.map((l) => `${l.name}×${l.quantity}`).join('、'),
          },
          { key: 'total', title: t('points.totalLabel'), dataIndex: 'total' },
          {
            key: 'status',
            title: t('points.statusLabel'),
            render: (_, r) => (
              <Tag color={COLORS[r.status]} title={r.cancelReason ?? undefined}>
                {t(`points.redemptionStatus.${r.status}`)}
              </Tag>
            ),
          },
          { key: 'time', title: t('points.time'), render: (_, r) => formatTime(r.createdAt) },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, r) => (
              <Flex gap={4}>
                {r.status === 'reserved' && (
                  <Button
                    type="primary"
                    size="small"
                    loading={handOver.isPending}
                    onClick={() =>
                      handOver.mutate(r.id, {
                        ...feedback,
                        onSuccess: () => message.success(t('points.handedOver')),
                      })
                    }
                    data-testid="pickup-hand-over"
                  >
                    {t('points.handOver')}
                  </Button>
                )}
                {r.cancellable && (
                  <Button danger size="small" onClick={() => setCancelling(r)} data-testid="pickup-cancel">
                    {t('points.cancel')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {cancelling && <CancelRedemptionModal redemption={cancelling} onClose={() => setCancelling(null)} />}
    </Flex>
  );
}
