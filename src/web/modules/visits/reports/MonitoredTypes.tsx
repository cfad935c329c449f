import { Card, Col, Descriptions, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VisitsReport } from './api';
import type { visitsReportsZh } from './messages';
import { type OpenRecords, RecordsNumber } from './ReportTable';

type ObjectTypeCode = keyof typeof visitsReportsZh.objectTypes;
type RiskTypeCode = keyof typeof visitsReportsZh.riskTypes;

/** 监测户构成: the monitored households of the whole region by object type and by risk type. */
export function MonitoredTypes({ report, onOpen }: { report: VisitsReport; onOpen: OpenRecords }) {
  const { t } = useTranslation();
  const { total } = report;
  return (
    <Card size="small" title={t('visitsReports.typesTitle')}>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={10}>
          <Descriptions size="small" column={1} title={t('visitsReports.objectType')} bordered>
            {report.objectTypes.map((o) => (
              <Descriptions.Item
                key={o.code}
                label={t(`visitsReports.objectTypes.${o.code as ObjectTypeCode}`)}
              >
                <RecordsNumber
                  n={total.monitoredByObjectType[o.code] ?? 0}
                  label={t(`visitsReports.objectTypes.${o.code as ObjectTypeCode}`)}
                  onOpen={() => onOpen(total, 'monitored', { objectType: o.code })}
                />
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Col>
        <Col xs={24} md={14}>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} title={t('visitsReports.riskType')} bordered>
            {report.riskTypes.map((r) => (
              <Descriptions.Item key={r.code} label={t(`visitsReports.riskTypes.${r.code as RiskTypeCode}`)}>
                <RecordsNumber
                  n={total.monitoredByRiskType[r.code] ?? 0}
                  label={t(`visitsReports.riskTypes.${r.code as RiskTypeCode}`)}
                  onOpen={() => onOpen(total, 'monitored', { riskType: r.code })}
                />
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Col>
      </Row>
    </Card>
  );
}
