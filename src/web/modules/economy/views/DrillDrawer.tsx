import { useQuery } from '@tanstack/react-query';
import { Drawer, Empty, Flex, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton } from '../../../app/components/excel/ExportButton';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { useIsMobile } from '../../../app/layout/use-is-mobile';
import { type DrillFilter, type DrillRow, type DrillSort, econViewsApi, growthText, wan, yuan } from './api';

export interface Drill {
  /** What the figure is (「平马镇 10–20 万元」), for the title. */
  what: string;
  filter: DrillFilter;
}

// Column → [descending, ascending] sort of the server.
const SORTS: Record<string, [DrillSort, DrillSort]> = {
  basisFen: ['basisDesc', 'basisAsc'],
  totalFen: ['totalDesc', 'totalDesc'],
  growthPercent: ['growthDesc', 'growthAsc'],
  village: ['code', 'code'],
};
const DEFAULT_SORT: DrillSort = 'basisDesc';

/** 下钻: the villages behind one figure of the overview, paged, sorted and exported. */
export function DrillDrawer({ drill, onClose }: { drill: Drill; onClose: () => void }) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [sort, setSort] = useState<DrillSort>(DEFAULT_SORT);
  const list = useQuery({
    queryKey: ['economy', 'drill', drill.filter, sort, page, pageSize],
    queryFn: () => econViewsApi.drill({ ...drill.filter, sort, page, pageSize }),
  });
  const basis = list.data?.basis ?? 'operating';
  const columns: ColumnsType<DrillRow> = [
    {
      key: 'village',
      dataIndex: 'name',
      title: t('econViews.drill.village'),
      sorter: true,
      render: (name: string, r) => (
        <Link to={`/economy-villages/${r.regionCode}`} style={{ textDecoration: 'underline' }}>
          {name}
        </Link>
      ),
    },
    { key: 'township', dataIndex: 'townshipName', title: t('econViews.drill.township') },
    {
      key: 'basisFen',
      dataIndex: 'operatingFen',
      title: t('econViews.drill.operating'),
      align: 'right',
      sorter: basis === 'operating',
      defaultSortOrder: basis === 'operating' ? 'descend' : undefined,
      render: (fen: number) => yuan(fen),
    },
    {
      key: 'totalFen',
      dataIndex: 'totalFen',
      title: t('econViews.drill.totalIncome'),
      align: 'right',
      sorter: true,
      sortDirections: ['descend'],
      defaultSortOrder: basis === 'total' ? 'descend' : undefined,
      render: (fen: number) => yuan(fen),
    },
    {
      key: 'contractingFen',
      dataIndex: 'contractingFen',
      title: t('econViews.drill.contracting'),
      align: 'right',
      render: (fen: number) => yuan(fen),
    },
    { key: 'band', dataIndex: 'bandLabel', title: t('econViews.drill.band') },
    {
      key: 'growthPercent',
      dataIndex: 'growthPercent',
      title: t('econViews.drill.growth'),
      align: 'right',
      sorter: true,
      render: (g: number | null) => growthText(g),
    },
  ];
  return (
    <Drawer
      open
      onClose={onClose}
      size={mobile ? '100%' : 880}
      title={t('econViews.drill.title', { what: drill.what })}
      data-testid="economy-drill"
    >
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text
          data-testid="economy-drill-summary"
          data-total={list.data?.total}
          data-fen={list.data?.sums.basisFen}
        >
          {list.data &&
            t('econViews.drill.summary', {
              n: list.data.total,
              what: basis === 'operating' ? t('econViews.basisOperating') : t('econViews.basisTotal'),
              total: wan(list.data.sums.basisFen),
            })}
        </Typography.Text>
        <ExportButton
          url={() => econViewsApi.drillExportUrl({ ...drill.filter, sort })}
          label={t('econViews.drill.export')}
          testId="economy-drill-export"
        />
      </Flex>
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<DrillRow>
        rowKey="regionCode"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('econViews.drill.none')} /> }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (p, size) => {
            setPage(p);
            setPageSize(size);
          },
        }}
        onChange={(_p, _f, sorter) => {
          const one = Array.isArray(sorter) ? sorter[0] : sorter;
          const pair = SORTS[String(one?.columnKey ?? '')];
          setSort(pair && one?.order ? pair[one.order === 'descend' ? 0 : 1] : DEFAULT_SORT);
          setPage(1);
        }}
        phoneColumns={['village', 'basisFen']}
        columns={columns}
      />
    </Drawer>
  );
}
