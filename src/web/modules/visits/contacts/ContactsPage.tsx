import { Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LeadersTab } from './LeadersTab';
import { StepsTab } from './StepsTab';
import { ToursTab } from './ToursTab';

/** 联系服务 (docs/visits.md §5): 十联六常, 十步法 and 书记拉练, the chosen tab kept in the address. */
export default function ContactsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab = asked === 'steps' || asked === 'tours' ? asked : 'leaders';
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('visitsContacts.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('visitsContacts.desc')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'leaders' ? {} : { tab: key })}
        items={[
          { key: 'leaders', label: t('visitsContacts.tabs.leaders'), children: <LeadersTab /> },
          { key: 'steps', label: t('visitsContacts.tabs.steps'), children: <StepsTab /> },
          { key: 'tours', label: t('visitsContacts.tabs.tours'), children: <ToursTab /> },
        ]}
      />
    </Flex>
  );
}
