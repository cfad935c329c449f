import { Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BandsCard } from './BandsCard';
import { PlansTab } from './PlansTab';
import { TargetsCard } from './TargetsCard';
import { WeakTab } from './WeakTab';

const TABS = ['plans', 'weak', 'tiers'] as const;
type Tab = (typeof TABS)[number];

/** /economy-plans: 一村一方案, 薄弱村, 档次与目标 (docs/economy.md §4). */
export default function EconomyPlansPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'plans';
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('econPlans.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setParams((p) => {
            p.set('tab', key);
            return p;
          })
        }
        items={[
          { key: 'plans', label: t('econPlans.tabs.plans'), children: <PlansTab /> },
          { key: 'weak', label: t('econPlans.tabs.weak'), children: <WeakTab /> },
          {
            key: 'tiers',
            label: t('econPlans.tabs.tiers'),
            children: (
              <Flex vertical gap={12}>
                <TargetsCard />
                <BandsCard />
              </Flex>
            ),
          },
        ]}
      />
    </Flex>
  );
}
