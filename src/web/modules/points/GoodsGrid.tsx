import { MinusOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Goods } from './api';

/** The shelf: each goods with its price and stock, and − / + to set how many. */
export function GoodsGrid({
  goods,
  cart,
  onChange,
}: {
  goods: Goods[];
  cart: Record<string, number>;
  onChange: (goodsId: string, quantity: number) => void;
}) {
  const { t } = useTranslation();
  if (goods.length === 0) return <Empty description={t('points.noGoods')} />;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 8 }}>
      {goods.map((g) => {
        const n = cart[g.id] ?? 0;
        return (
          <Card
            key={g.id}
            size="small"
            data-testid={`counter-goods-${g.name}`}
            style={n > 0 ? { borderColor: '#1677ff' } : undefined}
          >
            <Typography.Text strong>{g.name}</Typography.Text>
            <div>{t('points.priceEach', { price: g.price, unit: g.unit })}</div>
            <Typography.Text type={g.stock > 0 ? 'secondary' : 'danger'}>
              {t('points.stockLeft', { stock: g.stock, unit: g.unit })}
            </Typography.Text>
            <Flex align="center" justify="space-between" style={{ marginTop: 8 }}>
              <Button
                icon={<MinusOutlined />}
                disabled={n === 0}
                onClick={() => onChange(g.id, n - 1)}
                aria-label={t('points.less')}
                data-testid="goods-minus"
              />
              <Typography.Text strong style={{ fontSize: 18 }} data-testid="goods-qty">
                {n}
              </Typography.Text>
              <Button
                icon={<PlusOutlined />}
                type="primary"
                ghost
                disabled={n >= g.stock}
                onClick={() => onChange(g.id, n + 1)}
                aria-label={t('points.more')}
                data-testid="goods-plus"
              />
            </Flex>
          </Card>
        );
      })}
    </div>
  );
}
