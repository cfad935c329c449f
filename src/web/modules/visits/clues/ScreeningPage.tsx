import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ScreeningForm } from './ScreeningForm';

// 上报返贫风险 (docs/visits.md §3): the grid worker's phone page: household, risk type, what was found.

export default function ScreeningPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('visitsClues.screening.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('visitsClues.screening.intro')}</Typography.Paragraph>
      <Card size="small">
        <ScreeningForm />
      </Card>
    </Flex>
  );
}
