import { Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AssetsTab } from './AssetsTab';
import { BenefitsTab } from './BenefitsTab';
import { EntitiesTab } from './EntitiesTab';
import { IdleSummary } from './IdleSummary';

const TABS = ['assets', 'idle', 'entities', 'benefits'] as const;

/** 资产与经营主体 (docs/economy.md §3): tabs 资产 / 闲置资产盘活 / 经营主体 / 利益联结 (?tab=), the idle-asset summary on top. */
export default function EconomyAssetsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((k) => k === params.get('tab')) ?? 'assets';
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('econAssets.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('econAssets.desc')}</Typography.Paragraph>
      <IdleSummary />
      {/* Four tabs fit a 375 px phone in large text with a narrower gutter (no overflow menu). */}
      <Tabs
        tabBarGutter={16}
        activeKey={tab}
        onChange={(key) => setParams(key === 'assets' ? {} : { tab: key })}
        destroyOnHidden
        items={[
          { key: 'assets', label: t('econAssets.tabs.assets'), children: <AssetsTab idle={false} /> },
          { key: 'idle', label: t('econAssets.tabs.idle'), children: <AssetsTab idle /> },
          { key: 'entities', label: t('econAssets.tabs.entities'), children: <EntitiesTab /> },
          { key: 'benefits', label: t('econAssets.tabs.benefits'), children: <BenefitsTab /> },
        ]}
      />
    </Flex>
  );
}
