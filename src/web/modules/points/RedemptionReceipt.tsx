import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RedemptionView } from '../../../contracts/api/points';
import { formatTime } from './shared';

/** The receipt after a redemption: the pick-up code big, what was taken, the balance left. */
export function RedemptionReceipt({
  redemption: r,
  onNext,
  nextLabel,
}: {
  redemption: RedemptionView;
  onNext: () => void;
  /** The button under the receipt: 下一位 at the counter unless told otherwise. */
  nextLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <Card data-testid="counter-receipt">
      <Flex vertical align="center" gap={4}>
        <Typography.Text type="secondary">{t('points.pickupCode')}</Typography.Text>
        <Typography.Text
          strong
          style={{ fontSize: 48, letterSpacing: 8, lineHeight: 1.1 }}
          data-testid="counter-code"
        >
          {r.code}
        </Typography.Text>
        <Tag color={r.status === 'reserved' ? 'orange' : 'green'}>
          {t(`points.redemptionStatus.${r.status}`)}
        </Tag>
      </Flex>
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 16 }}
        items={[
          { key: 'holder', label: t('points.household'), children: `${r.holderName} ${r.householdNo ?? ''}` },
          ...r.lines.map((l) => ({
            key: l.goodsId,
            label: l.name,
            children: `${l.quantity}${l.unit} × ${l.price} = ${l.quantity * l.price}`,
          })),
          { key: 'total', label: t('points.totalLabel'), children: r.total },
          {
            key: 'after',
            label: t('points.balance'),
            children: <span data-testid="counter-balance-after">{r.balanceAfter}</span>,
          },
          { key: 'time', label: t('points.time'), children: formatTime(r.createdAt) },
          ...(r.cancellableUntil
            ? [
                {
                  key: 'until',
                  label: t('points.cancellableUntil'),
                  children: formatTime(r.cancellableUntil),
                },
              ]
            : []),
        ]}
      />
      <Button type="primary" size="large" block onClick={onNext} data-testid="counter-next">
        {nextLabel ?? t('points.nextCustomer')}
      </Button>
    </Card>
  );
}
