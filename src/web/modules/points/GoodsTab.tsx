import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useErrorText } from '../../app/errors';
import { type Goods, pointsApi, type Shop } from './api';
import { GoodsFormModal } from './GoodsFormModal';
import { useGoods, usePointsMutation } from './queries';
import { StockInModal } from './StockInModal';

/** 商品管理: add goods, change price and shelf state, stock in with its source. */
export function GoodsTab({ shop }: { shop: Shop }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const goods = useGoods(shop.id, true);
  const shelve = usePointsMutation(({ id, active }: { id: string; active: boolean }) =>
    pointsApi.updateGoods(id, { active }),
  );
  const [editing, setEditing] = useState<Goods | 'new' | null>(null);
  const [stocking, setStocking] = useState<Goods | null>(null);

  return (
    <Flex vertical gap={12}>
      <Flex>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          data-testid="goods-create"
        >
          {t('points.addGoods')}
        </Button>
      </Flex>
      <ResponsiveTable<Goods>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={goods.isFetching}
        dataSource={goods.data ?? []}
        pagination={false}
        locale={{ emptyText: t('points.noGoods') }}
        columns={[
          { key: 'name', title: t('points.goodsName'), render: (_, g) => `${g.name}（${g.unit}）` },
          { key: 'price', title: t('points.price'), dataIndex: 'price' },
          { key: 'stock', title: t('points.stock'), dataIndex: 'stock' },
          {
            key: 'active',
            title: t('points.onShelf'),
            render: (_, g) => (
              <Switch
                checked={g.active}
                size="small"
                aria-label={t('points.onShelf')}
                onChange={(active) =>
                  shelve.mutate({ id: g.id, active }, { onError: (e) => message.error(errorText(e)) })
                }
              />
            ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, g) => (
              <Flex gap={4}>
                <Button size="small" onClick={() => setStocking(g)} data-testid={`goods-stock-in-${g.name}`}>
                  {t('points.stockIn')}
                </Button>
                <Button size="small" type="link" onClick={() => setEditing(g)}>
                  {t('common.edit')}
                </Button>
              </Flex>
            ),
          },
        ]}
      />
      {editing && (
        <GoodsFormModal
          shopId={shop.id}
          goods={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {stocking && <StockInModal goods={stocking} onClose={() => setStocking(null)} />}
    </Flex>
  );
}
