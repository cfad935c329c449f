import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportCategory } from '../../../../contracts/api/events-report';

/** Big buttons, two a row on a phone: one tap picks what the problem is. */
export function CategoryGrid({
  categories,
  onPick,
}: {
  categories: ReportCategory[];
  onPick: (c: ReportCategory) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('eventsReport.chooseCategory')}
      </Typography.Title>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 12 }}>
        {categories.map((c) => (
          <Button
            key={c.id}
            size="large"
            danger={c.urgent}
            onClick={() => onPick(c)}
            data-testid={`report-category-${c.code}`}
            style={{ height: 64, whiteSpace: 'normal', fontSize: 17 }}
          >
            {c.name}
          </Button>
        ))}
      </div>
    </>
  );
}
