import { Button, Card, Empty, Flex, Segmented, Spin, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedemptionView } from '../../../contracts/api/points';
import { useErrorText } from '../../app/errors';
import { AccountCard } from './AccountCard';
import { pointsApi } from './api';
import { GoodsGrid } from './GoodsGrid';
import { useGoods, useMyShop, usePointsMutation } from './queries';
import { CancelRedemptionModal, RedeemConfirmModal } from './RedemptionModals';
import { RedemptionReceipt } from './RedemptionReceipt';
import { formatTime } from './shared';
import { newIdempotencyKey } from './use-search';

/**
 * 积分兑换 on a villager's phone: the household's balance, the village shop's shelf, a reservation
 * in two taps (choose, confirm) that gives the pick-up code, and the reservations still waiting,
 * each cancellable within the shop's window.
 */
export default function ReservePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { token } = theme.useToken();
  const mine = useMyShop();
  const [shopId, setShopId] = useState<string | null>(null);
  const [cart, setCart] = useState<Record<string, number>>({});
  const [confirmKey, setConfirmKey] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<RedemptionView | null>(null);
  const [cancelling, setCancelling] = useState<RedemptionView | null>(null);
  const shops = mine.data?.shops ?? [];
  const shop = shops.find((s) => s.id === shopId) ?? shops[0];
  const goods = useGoods(shop?.id);
  const household = mine.data?.household;
  const reserve = usePointsMutation((key: string) =>
    pointsApi.redeem(
      shop?.id ?? '',
      {
        householdId: household?.holderId ?? '',
        lines: Object.entries(cart)
          .filter(([, n]) => n > 0)
          .map(([goodsId, quantity]) => ({ goodsId, quantity })),
        handOver: false,
      },
      key,
    ),
  );
  const shelf = goods.data ?? [];
  const lines = shelf.filter((g) => (cart[g.id] ?? 0) > 0);
  const total = lines.reduce((sum, g) => sum + g.price * cart[g.id], 0);
  const balance = household?.balance ?? 0;

  const title = (
    <Typography.Title level={3} style={{ margin: 0 }}>
      {t('points.reserveTitle')}
    </Typography.Title>
  );
  if (mine.isPending) return <Spin />;
  if (mine.isError) return <Typography.Text type="danger">{errorText(mine.error)}</Typography.Text>;
  if (!household)
    return (
      <Flex vertical gap={12}>
        {title}
        <Card>
          <Empty description={t('points.notLinked')} />
        </Card>
      </Flex>
    );
  if (receipt)
    return (
      <RedemptionReceipt
        redemption={receipt}
        nextLabel={t('points.reserveDone')}
        onNext={() => {
          setReceipt(null);
          setCart({});
          reserve.reset();
        }}
      />
    );

  return (
    <Flex vertical gap={12}>
      {title}
      <AccountCard account={household} />
      {shops.length === 0 ? (
        <Card>
          <Empty description={t('points.noShopInVillage')} />
        </Card>
      ) : (
        <>
          {shops.length > 1 && (
            <Segmented
              block
              value={shop?.id}
              options={shops.map((s) => ({ value: s.id, label: s.name }))}
              onChange={(v) => {
                setShopId(String(v));
                setCart({});
              }}
            />
          )}
          <Typography.Text type="secondary">
            {t('points.reserveHint', { shop: shop?.name ?? '' })}
          </Typography.Text>
          {goods.isPending ? (
            <Spin />
          ) : (
            <GoodsGrid goods={shelf} cart={cart} onChange={(id, n) => setCart((c) => ({ ...c, [id]: n }))} />
          )}
          {reserve.isError && (
            <Typography.Text type="danger" data-testid="reserve-error">
              {errorText(reserve.error)}
            </Typography.Text>
          )}
          <Flex
            justify="space-between"
            align="center"
            wrap
            gap={8}
            style={{ position: 'sticky', bottom: 0, background: token.colorBgContainer, paddingBlock: 8 }}
          >
            <Typography.Text strong style={{ fontSize: 18 }}>
              {t('points.total', { total })}
            </Typography.Text>
            {total > balance && <Typography.Text type="danger">{t('points.notEnough')}</Typography.Text>}
            <Button
              type="primary"
              size="large"
              disabled={lines.length === 0 || total > balance}
              onClick={() => setConfirmKey(newIdempotencyKey())}
              data-testid="reserve-submit"
            >
              {t('points.reserve')}
            </Button>
          </Flex>
        </>
      )}
      <Card size="small" title={t('points.waitingPickup')} data-testid="reserve-waiting">
        {mine.data.reservations.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('points.noWaiting')} />
        ) : (
          <Flex vertical gap={8}>
            {mine.data.reservations.map((r) => (
              <Card key={r.id} size="small" data-testid={`reservation-${r.code}`}>
                <Flex justify="space-between" align="center" wrap gap={8}>
                  <Flex vertical>
                    <Typography.Text strong style={{ fontSize: 24, letterSpacing: 4 }}>
                      {r.code}
                    </Typography.Text>
                    <Typography.Text type="secondary">{formatTime(r.createdAt)}</Typography.Text>
                  </Flex>
                  <Tag color="orange">{t('points.redemptionStatus.reserved')}</Tag>
                </Flex>
                <Typography.Paragraph style={{ margin: '8px 0' }}>
                  {r.lines.map((l) => `${l.name} × ${l.quantity}${l.unit}`).join('、')} ·{' '}
                  {t('points.total', { total: r.total })}
                </Typography.Paragraph>
                {r.cancellable && (
                  <Button
                    size="small"
                    danger
                    onClick={() => setCancelling(r)}
                    data-testid="reservation-cancel"
                  >
                    {t('points.cancelReservation')}
                  </Button>
                )}
              </Card>
            ))}
          </Flex>
        )}
      </Card>
      <RedeemConfirmModal
        open={confirmKey !== null}
        title={t('points.confirmReserve')}
        lines={lines}
        cart={cart}
        balance={balance}
        pending={reserve.isPending}
        onOk={() =>
          confirmKey &&
          reserve.mutate(confirmKey, {
            onSuccess: (r) => {
              setConfirmKey(null);
              setReceipt(r);
            },
            onError: () => setConfirmKey(null),
          })
        }
        onCancel={() => setConfirmKey(null)}
      />
      {cancelling && <CancelRedemptionModal redemption={cancelling} onClose={() => setCancelling(null)} />}
    </Flex>
  );
}
