import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Flex, List, Row, Spin, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EChart } from '../../../app/components/EChart';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { type EconomyVillage, econViewsApi, growthText, wan, yuan } from './api';
import { PRINT_CSS } from './print';

type Account = EconomyVillage['accounts'][number];
const underline = { textDecoration: 'underline' };

/** 村集体经济: a village's accounts by year, assets, entities, plan, projects and pairings, each opening its page. */
export default function VillagePage() {
  const { t } = useTranslation();
  const { regionCode = '' } = useParams();
  const errorText = useErrorText();
  const village = useQuery({
    queryKey: ['economy', 'village', regionCode],
    queryFn: () => econViewsApi.village(regionCode),
  });
  const v = village.data;
  const chart = useMemo(() => {
    const years = [...(v?.accounts ?? [])].sort((a, b) => a.year - b.year);
    return {
      kind: 'bar' as const,
      categories: years.map((a) => String(a.year)),
      series: [
        { name: t('econViews.village.operating'), values: years.map((a) => Number(wan(a.operatingFen))) },
        { name: t('econViews.village.totalIncome'), values: years.map((a) => Number(wan(a.totalFen))) },
      ],
    };
  }, [v, t]);
  if (village.isError) return <Alert type="error" showIcon title={errorText(village.error)} />;
  if (!v) return <Spin />;

  const accountColumns: ColumnsType<Account> = [
    {
      key: 'year',
      dataIndex: 'year',
      title: t('econViews.village.year'),
      render: (year: number, a) => (
        <Link to={`/economy-accounts/${a.accountId}`} style={underline}>
          {year}
        </Link>
      ),
    },
    {
      key: 'operating',
      title: t('econViews.drill.operating'),
      align: 'right',
      render: (_: unknown, a) => yuan(a.operatingFen),
    },
    {
      key: 'total',
      title: t('econViews.drill.totalIncome'),
      align: 'right',
      render: (_: unknown, a) => yuan(a.totalFen),
    },
    {
      key: 'contracting',
      title: t('econViews.drill.contracting'),
      align: 'right',
      render: (_: unknown, a) => yuan(a.contractingFen),
    },
    { key: 'band', dataIndex: 'bandLabel', title: t('econViews.village.band') },
    {
      key: 'growth',
      title: t('econViews.growth'),
      align: 'right',
      render: (_: unknown, a) => growthText(a.growthPercent),
    },
  ];
  const none = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('econViews.village.none')} />;
  return (
    <Flex vertical gap={12} data-testid="economy-village">
      <style>{PRINT_CSS}</style>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {v.townshipName} {v.name}
        </Typography.Title>
        <Link to="/economy" className="no-print" style={underline}>
          {t('econViews.village.back')}
        </Link>
      </Flex>
      <Card size="small" title={t('econViews.village.accounts')}>
        {v.accounts.length > 0 && (
          <EChart
            title={t('econViews.village.accountsChart')}
            data={chart}
            height={220}
            texts={{
              showTable: t('econViews.chart.showTable'),
              hideTable: t('econViews.chart.hideTable'),
              category: t('econViews.village.year'),
            }}
            testId="econ-village-chart"
          />
        )}
        <ResponsiveTable<Account>
          rowKey="accountId"
          size="small"
          pagination={false}
          dataSource={[...v.accounts].sort((a, b) => b.year - a.year)}
          columns={accountColumns}
          phoneColumns={['year', 'operating']}
          locale={{ emptyText: none }}
        />
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12}>
          <Card size="small" title={t('econViews.village.plan')}>
            {v.plans.length === 0 && (
              <Typography.Text type="secondary">{t('econViews.village.noPlan')}</Typography.Text>
            )}
            {v.plans.map((plan) => (
              <div key={plan.id}>
                <Link to="/economy-plans" style={underline}>
                  {plan.title} {t('econViews.village.period', { from: plan.startYear, to: plan.endYear })}
                </Link>
              </div>
            ))}
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={t('econViews.village.projects')}>
            <List
              size="small"
              dataSource={v.projects}
              locale={{ emptyText: none }}
              renderItem={(p) => (
                <List.Item>
                  <Link to={`/economy-projects/${p.id}`} style={underline}>
                    {p.year} {p.title}
                  </Link>
                  <Tag>{p.status}</Tag>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={t('econViews.village.pairings')}>
            <List
              size="small"
              dataSource={v.pairings}
              locale={{ emptyText: none }}
              renderItem={(p) => (
                <List.Item>
                  <Link to={`/economy-pairings/${p.id}`} style={underline}>
                    {t('econViews.village.pairing', {
                      strong: p.role === 'weak' ? p.partnerName : v.name,
                      weak: p.role === 'weak' ? v.name : p.partnerName,
                      year: p.startYear,
                    })}
                  </Link>
                  <Tag>{p.status}</Tag>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={t('econViews.village.assets')}>
            <List
              size="small"
              dataSource={v.assets.items}
              locale={{ emptyText: none }}
              renderItem={(a) => (
                <List.Item>
                  <Link to="/economy-assets" style={underline}>
                    {a.name}
                  </Link>
                  <span>
                    {a.valueFen !== null && `${yuan(a.valueFen)} 元 `}
                    <Tag>{a.state}</Tag>
                  </span>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('econViews.village.entities')}>
            <List
              size="small"
              dataSource={v.entities}
              locale={{ emptyText: none }}
              renderItem={(e) => (
                <List.Item>
                  <Link to="/economy-assets" style={underline}>
                    {e.name}
                  </Link>
                  <span>{e.model.join(' + ')}</span>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
