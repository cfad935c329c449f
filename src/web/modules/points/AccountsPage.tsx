import { Card, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AccountsTab } from './AccountsTab';
import { RankingsTab } from './RankingsTab';

/** 积分账户 and 排名 of the user's scope. */
export default function AccountsPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('points.accountsTitle')}
      </Typography.Title>
      <Card size="small">
        <Tabs
          destroyOnHidden
          items={[
            { key: 'accounts', label: t('points.accounts'), children: <AccountsTab /> },
            { key: 'rankings', label: t('points.rankings'), children: <RankingsTab /> },
          ]}
        />
      </Card>
    </Flex>
  );
}
