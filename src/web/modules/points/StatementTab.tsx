import { DatePicker, Descriptions, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatementView } from '../../../contracts/api/points';
import { apiUrl } from '../../app/api';
import { ExportButton } from '../../app/components/excel/ExportButton';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useErrorText } from '../../app/errors';
import type { Shop } from './api';
import { useStatement } from './queries';

type Row = StatementView['goods'][number];

/** 月度对账单: per goods opening, in, out, returned, closing and points; the month's totals. */
export function StatementTab({ shop }: { shop: Shop }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [month, setMonth] = useState(dayjs());
  const statement = useStatement(shop.id, month.format('YYYY-MM'));
  const s = statement.data;
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        <DatePicker
          picker="month"
          value={month}
          allowClear={false}
          inputReadOnly
          onChange={(m) => m && setMonth(m)}
          style={{ width: 160 }}
          aria-label={t('points.month')}
        />
        <ExportButton
          url={() =>
            apiUrl(`/points/shops/${encodeURIComponent(shop.id)}/statement/export`, {
              month: month.format('YYYY-MM'),
            })
          }
          testId="statement-export"
        />
      </Flex>
      {statement.isError && <Typography.Text type="danger">{errorText(statement.error)}</Typography.Text>}
      {s && (
        <Descriptions
          size="small"
          column={{ xs: 2, sm: 4 }}
          items={[
            { key: 'r', label: t('points.redemptionCount'), children: s.redemptions },
            { key: 'c', label: t('points.cancelledCount'), children: s.cancelled },
            { key: 'h', label: t('points.householdCount'), children: s.households },
            { key: 'p', label: t('points.pointsTotal'), children: s.points },
          ]}
        />
      )}
      <ResponsiveTable<Row>
        rowKey="goodsId"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={statement.isFetching}
        dataSource={s?.goods ?? []}
        pagination={false}
        locale={{ emptyText: t('points.noGoods') }}
        columns={[
          { key: 'name', title: t('points.goodsName'), render: (_, g) => `${g.name}（${g.unit}）` },
          { key: 'price', title: t('points.price'), dataIndex: 'price' },
          { key: 'opening', title: t('points.opening'), dataIndex: 'opening' },
          { key: 'in', title: t('points.stockIn'), dataIndex: 'stockIn' },
          { key: 'out', title: t('points.redeemed'), dataIndex: 'redeemed' },
          { key: 'ret', title: t('points.returnedQty'), dataIndex: 'returned' },
          { key: 'closing', title: t('points.closing'), dataIndex: 'closing' },
          { key: 'points', title: t('points.pointsCol'), dataIndex: 'points' },
        ]}
      />
    </Flex>
  );
}
