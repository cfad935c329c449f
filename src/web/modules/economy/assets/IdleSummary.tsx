import { Card, Col, Collapse, Empty, Flex, Row, Select, Statistic } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { type AssetSummary, formatYuan, useAssetSummary } from './api';
import { YEARS } from './shared';

type SummaryRow = AssetSummary['rows'][number];

/** The page's header: idle, reviving and revived assets and the yearly income of the revived, in all and per region. */
export function IdleSummary() {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | undefined>();
  const summary = useAssetSummary({ year });
  const total = summary.data?.total;
  const stats = [
    { key: 'idle' as const, value: total?.idle },
    { key: 'reviving' as const, value: total?.reviving },
    { key: 'revived' as const, value: total?.revived },
    ...(year ? [{ key: 'revivedInYear' as const, value: total?.revivedInYear }] : []),
  ];
  return (
    <Card size="small" data-testid="econ-idle-summary">
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="flex-start" wrap gap={8}>
          <Row gutter={[16, 8]} style={{ flex: '1 1 240px' }}>
            {stats.map((s) => (
              <Col key={s.key} xs={12} sm={6}>
                <Statistic
                  title={t(`econAssets.summary.${s.key}`)}
                  value={s.value ?? '—'}
                  loading={summary.isLoading}
                />
              </Col>
            ))}
            <Col xs={24} sm={6}>
              <Statistic
                title={t('econAssets.summary.income')}
                value={formatYuan(total?.revivedIncomeFen)}
                loading={summary.isLoading}
              />
            </Col>
          </Row>
          <Select
            allowClear
            style={{ width: 130 }}
            placeholder={t('econAssets.allYears')}
            aria-label={t('econAssets.year')}
            value={year}
            onChange={setYear}
            options={YEARS.map((y) => ({ value: y, label: String(y) }))}
          />
        </Flex>
        <Collapse
          size="small"
          items={[
            {
              key: 'rows',
              label: t('econAssets.summary.byRegion'),
              children: (
                <ResponsiveTable<SummaryRow>
                  rowKey="regionCode"
                  size="small"
                  pagination={false}
                  dataSource={summary.data?.rows ?? []}
                  locale={{ emptyText: <Empty /> }}
                  columns={[
                    { key: 'name', title: t('econAssets.summary.region'), dataIndex: 'name' },
                    { key: 'idle', title: t('econAssets.summary.idle'), dataIndex: 'idle' },
                    { key: 'reviving', title: t('econAssets.summary.reviving'), dataIndex: 'reviving' },
                    { key: 'revived', title: t('econAssets.summary.revived'), dataIndex: 'revived' },
                    {
                      key: 'income',
                      title: t('econAssets.summary.income'),
                      render: (_, r) => formatYuan(r.revivedIncomeFen),
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
