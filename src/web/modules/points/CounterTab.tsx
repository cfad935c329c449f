import { Alert, Button, Flex, Statistic, Switch, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedemptionView } from '../../../contracts/api/points';
import { useErrorText } from '../../app/errors';
import { pointsApi, type Shop } from './api';
import { GoodsGrid } from './GoodsGrid';
import { HolderSelect } from './HolderSelect';
import { useGoods, useHolderAccount, usePointsMutation } from './queries';
import { RedeemConfirmModal } from './RedemptionModals';
import { RedemptionReceipt } from './RedemptionReceipt';
import { type HolderOption, newIdempotencyKey } from './use-search';

/** 柜台兑换: find the household, see its balance, pick goods, confirm, hand the goods over. */
export function CounterTab({ shop }: { shop: Shop }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { token } = theme.useToken();
  const [household, setHousehold] = useState<HolderOption | null>(null);
  const [cart, setCart] = useState<Record<string, number>>({});
  const [handOver, setHandOver] = useState(true);
  const [confirmKey, setConfirmKey] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<RedemptionView | null>(null);
  const account = useHolderAccount('civil', household?.value);
  const goods = useGoods(shop.id);
  const redeem = usePointsMutation((key: string) =>
    pointsApi.redeem(
      shop.id,
      {
        householdId: household?.value ?? '',
        lines: Object.entries(cart)
          .filter(([, n]) => n > 0)
          .map(([goodsId, quantity]) => ({ goodsId, quantity })),
        handOver,
      },
      key,
    ),
  );
  const shelf = goods.data ?? [];
  const lines = shelf.filter((g) => (cart[g.id] ?? 0) > 0);
  const total = lines.reduce((sum, g) => sum + g.price * cart[g.id], 0);
  const balance = account.data?.balance;

  const next = () => {
    setReceipt(null);
    setHousehold(null);
    setCart({});
    redeem.reset();
  };
  const confirm = () => {
    if (!confirmKey) return;
    redeem.mutate(confirmKey, {
      onSuccess: (r) => {
        setConfirmKey(null);
        setReceipt(r);
      },
      onError: () => setConfirmKey(null),
    });
  };

  if (receipt) return <RedemptionReceipt redemption={receipt} onNext={next} />;

  return (
    <Flex vertical gap={12}>
      <HolderSelect
        system="civil"
        value={household}
        onChange={(h) => {
          setHousehold(h);
          setCart({});
          redeem.reset();
        }}
        testId="counter-household"
      />
      {household && account.data && (
        <Flex gap={24} wrap align="center">
          <Statistic
            title={t('points.balance')}
            value={account.data.balance}
            suffix={t('points.unit')}
            data-testid="counter-balance"
          />
          <Statistic title={t('points.yearTotal')} value={account.data.yearTotal} />
          {account.data.frozenUntil && (
            <Alert
              type="warning"
              showIcon
              title={t('points.frozenUntil', { date: account.data.frozenUntil })}
            />
          )}
        </Flex>
      )}
      {household && (
        <GoodsGrid goods={shelf} cart={cart} onChange={(id, n) => setCart((c) => ({ ...c, [id]: n }))} />
      )}
      {redeem.isError && (
        <Alert type="error" showIcon title={errorText(redeem.error)} data-testid="counter-error" />
      )}
      {household && (
        <Flex
          justify="space-between"
          align="center"
          wrap
          gap={8}
          style={{ position: 'sticky', bottom: 0, background: token.colorBgContainer, paddingBlock: 8 }}
        >
          <Typography.Text strong style={{ fontSize: 18 }} data-testid="counter-total">
            {t('points.total', { total })}
          </Typography.Text>
          {balance !== undefined && total > balance && (
            <Typography.Text type="danger">{t('points.notEnough')}</Typography.Text>
          )}
          <Flex gap={8} align="center">
            <Switch
              checked={handOver}
              onChange={setHandOver}
              checkedChildren={t('points.handOverNow')}
              unCheckedChildren={t('points.reserve')}
            />
            <Button
              type="primary"
              size="large"
              disabled={lines.length === 0}
              onClick={() => setConfirmKey(newIdempotencyKey())}
              data-testid="counter-redeem"
            >
              {t('points.redeem')}
            </Button>
          </Flex>
        </Flex>
      )}
      <RedeemConfirmModal
        open={confirmKey !== null}
        title={t('points.confirmRedeem')}
        holder={household?.label}
        lines={lines}
        cart={cart}
        balance={balance}
        pending={redeem.isPending}
        onOk={confirm}
        onCancel={() => setConfirmKey(null)}
      />
    </Flex>
  );
}
