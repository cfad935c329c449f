import { Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AlliancesTab } from './AlliancesTab';
import { PairingsTab } from './PairingsTab';

/** 强村带弱村与产业联盟 (docs/economy.md §5): two tabs, the chosen one kept in the address. */
export default function PairingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'alliances' ? 'alliances' : 'pairings';
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('econPairings.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('econPairings.desc')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'alliances' ? { tab: key } : {})}
        items={[
          { key: 'pairings', label: t('econPairings.tabPairings'), children: <PairingsTab /> },
          { key: 'alliances', label: t('econPairings.tabAlliances'), children: <AlliancesTab /> },
        ]}
      />
    </Flex>
  );
}
