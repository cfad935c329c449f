import { Card, Col, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Ratio } from '../../../contracts/api/cadres';
import { cadreBackground } from '../../../contracts/registry/enums';
import { useCoded } from '../../app/components/use-coded';
import { useCadreStats } from './queries';

const percent = (r: Ratio) => (r.value === null ? '—' : `${(r.value * 100).toFixed(2)}%`);

/** The figures the seeds quote, computed from the records, each with what it was computed from. */
export function CadreStatsCards() {
  const { t } = useTranslation();
  const coded = useCoded();
  const stats = useCadreStats();
  const s = stats.data;
  const cards = s
    ? [
        {
          title: t('cadres.statOneShoulder'),
          value: percent(s.oneShoulder),
          note: t('cadres.statOneShoulderNote', { n: s.oneShoulder.numerator, d: s.oneShoulder.denominator }),
        },
        {
          title: t('cadres.statWealth'),
          value: percent(s.secretariesWealthExpert),
          note: t('cadres.statWealthNote', {
            n: s.secretariesWealthExpert.numerator,
            d: s.secretariesWealthExpert.denominator,
          }),
        },
        {
          title: t('cadres.statReserve'),
          value: s.reservePerVillage.value ?? '—',
          note: t('cadres.statReserveNote', {
            n: s.reservePerVillage.numerator,
            d: s.reservePerVillage.denominator,
          }),
        },
        { title: t('cadres.statCadres'), value: s.cadres, note: t('cadres.statVillages', { d: s.villages }) },
      ]
    : [];
  return (
    <Row gutter={[12, 12]} data-testid="cadre-stats">
      {cards.map((c) => (
        <Col key={c.title} xs={12} md={6}>
          <Card size="small" loading={stats.isLoading}>
            <Statistic title={c.title} value={c.value} />
            <Typography.Text type="secondary">{c.note}</Typography.Text>
          </Card>
        </Col>
      ))}
      {s && (
        <Col span={24}>
          {s.byBackground.map((b) => (
            <Tag key={b.background}>
              {coded.label(cadreBackground, b.background)} {b.count}
            </Tag>
          ))}
        </Col>
      )}
    </Row>
  );
}
