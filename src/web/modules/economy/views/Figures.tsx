import { Button, Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DrillFilter, type EconomySummary, growthText, wan, wanShort } from './api';

export type OpenDrill = (what: string, filter: Omit<DrillFilter, 'year'>) => void;

const linkStyle = { padding: 0, height: 'auto', textDecoration: 'underline', fontSize: 'inherit' };

/** A number that opens the villages behind it (underlined, like every link inside text). */
export function DrillNumber({
  n,
  label,
  onOpen,
  testId,
  text,
}: {
  n: number;
  label: string;
  onOpen: () => void;
  testId?: string;
  /** What to show instead of n (an amount). */
  text?: string;
}) {
  if (n === 0) return <span data-testid={testId}>{text ?? 0}</span>;
  return (
    <Button
      type="link"
      size="small"
      style={linkStyle}
      onClick={onOpen}
      aria-label={`${label}：${text ?? n}`}
      data-testid={testId}
    >
      {text ?? n}
    </Button>
  );
}

/** 主要数字: villages, income, average, growth, then the villages per tier and "at least" each amount. */
export function Figures({ data, onDrill }: { data: EconomySummary; onDrill: OpenDrill }) {
  const { t } = useTranslation();
  const { current, regionCode, regionName } = data;
  const allWhat = t('econViews.allVillages', { n: current.villages });
  const all = () => onDrill(`${regionName} ${allWhat}`, { regionCode });
  const incomeTitle = data.basis === 'operating' ? t('econViews.totalOperating') : t('econViews.total');
  const growth = data.growthPercent;
  return (
    <Flex vertical gap={12}>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('econViews.villages')}
              valueRender={() => (
                <DrillNumber
                  n={current.villages}
                  label={t('econViews.villages')}
                  onOpen={all}
                  testId="econ-villages"
                />
              )}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={incomeTitle}
              valueRender={() => (
                <span data-testid="econ-income" data-fen={current.basisFen}>
                  <DrillNumber
                    n={current.villages}
                    text={wan(current.basisFen)}
                    label={incomeTitle}
                    onOpen={all}
                  />
                </span>
              )}
            />
            {data.basis === 'operating' && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('econViews.total')} {wan(current.totalFen)}
              </Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('econViews.average')} value={wan(current.averageFen)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('econViews.growth')}
              value={growthText(growth)}
              styles={{
                content: { color: growth === null ? undefined : growth >= 0 ? '#237804' : '#a8071a' },
              }}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {data.previous.withAccount > 0
                ? t('econViews.previousTotal', { total: wan(data.previous.basisFen) })
                : t('econViews.growthNone')}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('econViews.bands')}>
        <Flex wrap gap={8}>
          {data.bands.map((band) => (
            <Tag key={band.code} style={{ fontSize: 14, padding: '2px 8px' }}>
              {band.label}：
              <DrillNumber
                n={current.counts.find((c) => c.code === band.code)?.villages ?? 0}
                label={band.label}
                testId={`econ-band-${band.code}`}
                onOpen={() => onDrill(`${regionName} ${band.label}`, { regionCode, band: band.code })}
              />
            </Tag>
          ))}
        </Flex>
      </Card>
      <Card size="small" title={t('econViews.atLeast')}>
        <Flex wrap gap={8}>
          {current.atLeast
            .filter((a) => a.minFen > 1)
            .map((a) => {
              const label = t('econViews.atLeastLabel', { amount: wanShort(a.minFen) });
              return (
                <Tag key={a.code} style={{ fontSize: 14, padding: '2px 8px' }}>
                  {label}：
                  <DrillNumber
                    n={a.villages}
                    label={label}
                    testId={`econ-atleast-${a.code}`}
                    onOpen={() => onDrill(`${regionName} ${label}`, { regionCode, atLeastFen: a.minFen })}
                  />
                </Tag>
              );
            })}
        </Flex>
      </Card>
    </Flex>
  );
}
