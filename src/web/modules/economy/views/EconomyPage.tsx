import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Flex, Row, Select, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { levelOfCode } from '../../../../contracts/region-code';
import { api } from '../../../app/api';
import { useCurrentUser } from '../../../app/auth';
import { EChart, type EChartTexts } from '../../../app/components/EChart';
import { useErrorText } from '../../../app/errors';
import { econViewsApi } from './api';
import { ChildrenTable } from './ChildrenTable';
import { latestYearWithData, tierChartData, trendChartData } from './chart-data';
import { type Drill, DrillDrawer } from './DrillDrawer';
import { DrillNumber, Figures, type OpenDrill } from './Figures';
import { PRINT_CSS } from './print';
import { Targets } from './Targets';

const YEARS_SHOWN = 8;

/** 集体经济总览: tiers per township (or village of a township), growth and targets; every figure opens its villages. */
export default function EconomyPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const thisYear = new Date().getFullYear();
  const [picked, setPicked] = useState<number>();
  const [regionCode, setRegionCode] = useState(me.scopeCode);
  const [drill, setDrill] = useState<Drill>();

  const trend = useQuery({
    queryKey: ['economy', 'trend', regionCode],
    queryFn: () => econViewsApi.trend({ regionCode, from: thisYear - YEARS_SHOWN + 1, to: thisYear }),
  });
  const year = picked ?? (trend.data ? latestYearWithData(trend.data.years, thisYear) : undefined);
  const summary = useQuery({
    queryKey: ['economy', 'summary', year, regionCode],
    queryFn: () => econViewsApi.summary({ year: year!, regionCode }),
    enabled: year !== undefined,
  });
  const children = useQuery({
    queryKey: ['regions', 'children', me.scopeCode],
    queryFn: () => api.regions.children(me.scopeCode).then((r) => r.items),
  });
  const data = summary.data;
  const childUnit = data?.childLevel === 'village' ? t('econViews.unitVillage') : t('econViews.unitTownship');
  const tierData = useMemo(() => tierChartData(data?.children ?? [], data?.bands ?? []), [data]);
  const trendData = useMemo(
    () =>
      trendChartData(trend.data ?? { basis: 'operating', years: [] }, {
        operating: t('econViews.trendOperating'),
        total: t('econViews.trendTotal'),
      }),
    [trend.data, t],
  );
  const missing = data ? data.current.villages - data.current.withAccount : 0;
  const chartTexts: EChartTexts = {
    showTable: t('econViews.chart.showTable'),
    hideTable: t('econViews.chart.hideTable'),
    category: t('econViews.chart.category'),
  };
  const onDrill: OpenDrill = (what, filter) =>
    year && setDrill({ what: `${year} ${what}`, filter: { year, ...filter } });

  const pickRegion = (code: string) => {
    const region = children.data?.find((r) => r.code === code);
    // A township's user picks one of its villages: that village has its own page.
    if (region?.level === 'village') navigate(`/economy-villages/${code}`);
    else setRegionCode(code);
  };

  // A village's own staff have no villages under them: their overview is their village's page.
  const ownLevel = levelOfCode(me.scopeCode);
  if (ownLevel === 'village' || ownLevel === 'group')
    return <Navigate to={`/economy-villages/${me.scopeCode.slice(0, 12)}`} replace />;

  return (
    <Flex vertical gap={12} data-testid="economy-overview">
      <style>{PRINT_CSS}</style>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('econViews.title')}
        </Typography.Title>
        <Flex wrap gap={8} className="no-print">
          <Select
            aria-label={t('econViews.year')}
            value={year}
            onChange={setPicked}
            style={{ width: 100 }}
            options={Array.from({ length: YEARS_SHOWN }, (_, i) => thisYear - i).map((y) => ({
              value: y,
              label: y,
            }))}
            data-testid="econ-year"
          />
          <Select
            aria-label={t('econViews.region')}
            value={regionCode}
            onChange={pickRegion}
            style={{ minWidth: 160 }}
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { value: me.scopeCode, label: t('econViews.wholeScope', { name: me.scopeName }) },
              ...(children.data ?? []).map((r) => ({ value: r.code, label: r.name })),
            ]}
            data-testid="econ-region"
          />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('econViews.print')}
          </Button>
        </Flex>
      </Flex>
      {(summary.isError || trend.isError) && (
        <Alert type="error" showIcon title={errorText(summary.error ?? trend.error)} />
      )}
      {!data && !summary.isError && <Spin />}
      {data && data.current.villages === 0 && <Empty description={t('econViews.empty')} />}
      {data && data.current.villages > 0 && (
        <>
          {missing > 0 && (
            <Alert
              type="info"
              showIcon
              title={
                <span>
                  {t('econViews.withoutAccount', { n: missing })}{' '}
                  <DrillNumber
                    n={missing}
                    label={t('econViews.withoutAccount', { n: missing })}
                    onOpen={() =>
                      onDrill(t('econViews.withoutAccount', { n: missing }), {
                        regionCode,
                        withoutAccount: 'true',
                      })
                    }
                  />
                </span>
              }
            />
          )}
          <Figures data={data} onDrill={onDrill} />
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={14}>
              <Card size="small" title={t('econViews.tierChart', { year: data.year, unit: childUnit })}>
                <EChart
                  title={t('econViews.tierChart', { year: data.year, unit: childUnit })}
                  data={tierData}
                  height={Math.max(240, 48 + tierData.categories.length * 30)}
                  texts={chartTexts}
                  testId="econ-tier-chart"
                  onPick={(p) => {
                    const child = data.children[p.categoryIndex];
                    const band = data.bands[p.seriesIndex];
                    if (child && band)
                      onDrill(`${child.name} ${band.label}`, {
                        regionCode: child.regionCode,
                        band: band.code,
                      });
                  }}
                />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card size="small" title={t('econViews.trendChart')}>
                <EChart
                  title={t('econViews.trendChart')}
                  data={trendData}
                  texts={chartTexts}
                  testId="econ-trend-chart"
                  onPick={(p) =>
                    setDrill({
                      what: `${p.category} ${t('econViews.allVillages', { n: '' }).trim()}`,
                      filter: { year: Number(p.category), regionCode },
                    })
                  }
                />
              </Card>
            </Col>
          </Row>
          <Targets data={data} onDrill={onDrill} />
          <ChildrenTable data={data} unit={childUnit} onDrill={onDrill} />
        </>
      )}
      {drill && <DrillDrawer key={JSON.stringify(drill)} drill={drill} onClose={() => setDrill(undefined)} />}
    </Flex>
  );
}
