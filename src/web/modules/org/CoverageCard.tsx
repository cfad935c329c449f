import { Button, Card, Col, Empty, Progress, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoveredUnit } from '../../../contracts/api/org';
import { coveredUnitType } from '../../../contracts/registry/enums';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { useCoded } from '../../app/components/use-coded';
import { CoveredUnitModal } from './CoveredUnitModal';
import { CoveredUnitsTable } from './CoveredUnitsTable';
import { useCoverage } from './queries';

/**
 * 两个覆盖: organizational and work coverage per unit type, with the counts behind each rate, and
 * the units behind them (add, edit, delete; the rates are fetched again after each save).
 */
export function CoverageCard() {
  const { t } = useTranslation();
  const coded = useCoded();
  const coverage = useCoverage();
  const rows = coverage.data?.byType ?? [];
  const empty = rows.every((r) => r.organizational.denominator === 0);
  const me = useCurrentUser();
  const writable = can(me.role, 'org.write');
  // null: no form; {}: a new unit; { unit }: editing it.
  const [form, setForm] = useState<{ unit?: CoveredUnit } | null>(null);
  return (
    <Card
      title={t('org.coverage')}
      data-testid="org-coverage"
      extra={
        writable && (
          <Button size="small" onClick={() => setForm({})} data-testid="unit-add">
            {t('org.addUnit')}
          </Button>
        )
      }
    >
      {form && <CoveredUnitModal unit={form.unit} onClose={() => setForm(null)} />}
      {empty ? (
        <Empty description={t('org.noUnits')} />
      ) : (
        <Row gutter={[16, 16]}>
          {rows.map((r) => (
            <Col xs={24} md={12} key={r.unitType}>
              <Typography.Text strong>{coded.label(coveredUnitType, r.unitType)}</Typography.Text>
              {(['organizational', 'work'] as const).map((k) => (
                <div key={k}>
                  <Typography.Text type="secondary">
                    {t(`org.${k}`)}：{r[k].numerator}/{r[k].denominator}
                  </Typography.Text>
                  <Progress percent={r[k].percent ?? 0} format={(p) => `${p?.toFixed(2)}%`} />
                </div>
              ))}
            </Col>
          ))}
        </Row>
      )}
      {!empty && <CoveredUnitsTable writable={writable} onEdit={(unit) => setForm({ unit })} />}
    </Card>
  );
}
