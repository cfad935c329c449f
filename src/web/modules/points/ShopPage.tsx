import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Select, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { useIsMobile } from '../../app/layout/use-is-mobile';
import { CounterTab } from './CounterTab';
import { GoodsTab } from './GoodsTab';
import { useShops } from './queries';
import { RedemptionsTab } from './RedemptionsTab';
import { ShopFormModal } from './ShopFormModal';
import { StatementTab } from './StatementTab';

/** 积分超市: the counter first (redeem, hand over, cancel), then goods and the monthly statement. */
export default function ShopPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const isMobile = useIsMobile();
  const shops = useShops();
  const [shopId, setShopId] = useState<string>();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState(false);
  const list = shops.data ?? [];
  useEffect(() => {
    if (!shopId && list.length > 0) setShopId(list[0].id);
  }, [shopId, list]);
  const shop = list.find((s) => s.id === shopId);

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('points.shopTitle')}
        </Typography.Title>
        <Flex gap={8} wrap>
          {list.length > 1 && (
            <Select
              value={shopId}
              onChange={setShopId}
              style={{ minWidth: 180 }}
              aria-label={t('points.shop')}
              data-testid="shop-select"
              options={list.map((s) => ({
                value: s.id,
                label: `${s.name}（${s.villageName ?? s.regionCode}）`,
              }))}
            />
          )}
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="shop-create">
            {t('points.createShop')}
          </Button>
        </Flex>
      </Flex>
      {shops.isError && <Typography.Text type="danger">{errorText(shops.error)}</Typography.Text>}
      {shops.isSuccess && list.length === 0 && (
        <Card>
          <Empty description={t('points.noShops')} />
        </Card>
      )}
      {shop && (
        <Card
          size="small"
          title={shop.name}
          data-testid="shop-card"
          extra={
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => setEditing(true)}
              data-testid="shop-edit"
            >
              {t('points.editShop')}
            </Button>
          }
        >
          <Tabs
            destroyOnHidden
            // On a phone the four tabs fit side by side (no overflow menu, which antd puts in the tablist).
            tabBarGutter={isMobile ? 8 : undefined}
            items={[
              { key: 'counter', label: t('points.counter'), children: <CounterTab shop={shop} /> },
              { key: 'pickup', label: t('points.pickup'), children: <RedemptionsTab shop={shop} /> },
              { key: 'goods', label: t('points.goodsAdmin'), children: <GoodsTab shop={shop} /> },
              { key: 'statement', label: t('points.statement'), children: <StatementTab shop={shop} /> },
            ]}
          />
        </Card>
      )}
      {editing && shop && <ShopFormModal shop={shop} onClose={() => setEditing(false)} />}
      {creating && (
        <ShopFormModal
          onClose={(id) => {
            setCreating(false);
            if (id) setShopId(id);
          }}
        />
      )}
    </Flex>
  );
}
