import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { type FlagSummary, useFlagSummary } from './api';

type KindCount = FlagSummary['kinds'][number];

/**
 * 授旗统计: per kind the flags awarded and the villages holding them, with the total below
 * township level (34 个村获得 44 面红旗). Each count opens the awards behind it in the list.
 */
export function FlagSummaryCard({
  year,
  township,
  onOpen,
}: {
  year?: number;
  township?: string;
  onOpen: (kindId: string) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const summary = useFlagSummary(year, township);
  const open = (k: KindCount, n: number | null) =>
    n ? (
      <Typography.Link underline onClick={() => onOpen(k.kindId)} data-testid={`flag-count-${k.code}`}>
        {n}
      </Typography.Link>
    ) : (
      (n ?? '—')
    );
  return (
    <Card
      size="small"
      title={t('assessFlags.summary')}
      extra={
        summary.data && (
          <Typography.Text data-testid="flag-summary-total">
            {t('assessFlags.summaryTotal', summary.data.total)}
          </Typography.Text>
        )
      }
    >
      {summary.isError && <Typography.Text type="danger">{errorText(summary.error)}</Typography.Text>}
      <ResponsiveTable<KindCount>
        rowKey="kindId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        loading={summary.isFetching}
        dataSource={summary.data?.kinds ?? []}
        locale={{ emptyText: <Empty description={t('assessFlags.emptyKinds')} /> }}
        columns={[
          { key: 'name', title: t('assessFlags.kind'), dataIndex: 'name' },
          {
            key: 'level',
            title: t('assessFlags.level'),
            render: (_, k) => t(`assessFlags.levels.${k.level}`),
          },
          { key: 'flags', title: t('assessFlags.flags'), render: (_, k) => open(k, k.flags) },
          { key: 'villages', title: t('assessFlags.villages'), render: (_, k) => open(k, k.villages) },
          { key: 'pending', title: t('assessFlags.pending'), dataIndex: 'pending' },
        ]}
      />
    </Card>
  );
}
