import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiData } from '../../../app/api';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';

// 等次统计: per township, the grades of the year and how many the 一票赞成 gave.

type Row = ApiData<'/api/assess/cadre-assessments/grade-counts'>[number];

export function GradeCounts({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const n = (key: keyof Row, title: string) => ({ key, title, dataIndex: key, align: 'right' as const });
  return (
    <Card size="small" title={t('assessCadres.counts')}>
      <ResponsiveTable<Row>
        rowKey="townshipCode"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        locale={{ emptyText: <Empty description={t('assessCadres.empty')} /> }}
        columns={[
          { key: 'townshipName', title: t('assessCadres.township'), dataIndex: 'townshipName' },
          n('total', t('assessCadres.people')),
          n('excellent', t('assessCadres.grades.excellent')),
          n('competent', t('assessCadres.grades.competent')),
          n('basic', t('assessCadres.grades.basic')),
          n('incompetent', t('assessCadres.grades.incompetent')),
          n('ungraded', t('assessCadres.ungraded')),
          n('byApproveVote', t('assessCadres.byVote')),
          n('confirmed', t('assessCadres.confirmedCount')),
        ]}
      />
    </Card>
  );
}
