import { Card } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { type EconomySummary, growthText, type SummaryChild, wan } from './api';
import { DrillNumber, type OpenDrill } from './Figures';

/** 分乡镇（分村）明细: the figures of each child region; every count opens its villages. */
export function ChildrenTable({
  data,
  unit,
  onDrill,
}: {
  data: EconomySummary;
  unit: string;
  onDrill: OpenDrill;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<SummaryChild> = [
    { key: 'name', dataIndex: 'name', title: t('econViews.name') },
    {
      key: 'villages',
      title: t('econViews.villages'),
      align: 'right',
      render: (_: unknown, c) => (
        <DrillNumber
          n={c.year.villages}
          label={`${c.name} ${t('econViews.villages')}`}
          onOpen={() => onDrill(c.name, { regionCode: c.regionCode })}
        />
      ),
    },
    {
      key: 'income',
      title: data.basis === 'operating' ? t('econViews.totalOperating') : t('econViews.total'),
      align: 'right',
      render: (_: unknown, c) => wan(c.year.basisFen),
    },
    {
      key: 'average',
      title: t('econViews.average'),
      align: 'right',
      render: (_: unknown, c) => wan(c.year.averageFen),
    },
    {
      key: 'growth',
      title: t('econViews.growth'),
      align: 'right',
      render: (_: unknown, c) => growthText(c.growthPercent),
    },
    ...data.bands.map((band) => ({
      key: band.code,
      title: band.label,
      align: 'right' as const,
      render: (_: unknown, c: SummaryChild) => (
        <DrillNumber
          n={c.year.counts.find((x) => x.code === band.code)?.villages ?? 0}
          label={`${c.name} ${band.label}`}
          onOpen={() => onDrill(`${c.name} ${band.label}`, { regionCode: c.regionCode, band: band.code })}
        />
      ),
    })),
  ];
  return (
    <Card size="small" title={t('econViews.byRegion', { unit })}>
      <ResponsiveTable<SummaryChild>
        rowKey="regionCode"
        size="small"
        pagination={false}
        dataSource={data.children}
        columns={columns}
        phoneColumns={['name', 'villages']}
        data-testid="econ-children"
      />
    </Card>
  );
}
