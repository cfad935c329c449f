import { Button, Card, Collapse, Descriptions, Empty, Flex, Input, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/errors';
import { type ServiceItemView, useServiceItems } from './api';
import { ServiceRequestModal } from './ServiceRequestModal';
import { useLimitText } from './shared';

/** Whether an item matches what was typed: its name, domain, or the pinyin initials of its name. */
export const matches = (item: ServiceItemView, term: string) => {
  const q = term.trim().toLowerCase();
  if (!q) return true;
  return item.name.includes(q) || item.domain.includes(q) || item.initials.includes(q.replace(/\s+/g, ''));
};

/** 便民服务: villagers browse the county's service list by domain, search it, and apply. */
export default function ServicesPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const limitText = useLimitText();
  const items = useServiceItems();
  const [domain, setDomain] = useState<string | null>(null);
  const [term, setTerm] = useState('');
  const [applying, setApplying] = useState<ServiceItemView | null>(null);
  const domains = useMemo(() => [...new Set((items.data ?? []).map((i) => i.domain))], [items.data]);
  const shown = (items.data ?? []).filter((i) => (!domain || i.domain === domain) && matches(i, term));
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('eventsCatalogue.servicesTitle')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('eventsCatalogue.servicesIntro')}</Typography.Paragraph>
      <Input
        type="search"
        size="large"
        value={term}
        onChange={(e) => setTerm(e.target.value)}
        placeholder={t('eventsCatalogue.search')}
        aria-label={t('eventsCatalogue.search')}
        data-testid="services-search"
      />
      <Flex wrap gap={6} role="group" aria-label={t('eventsCatalogue.domain')}>
        {[null, ...domains].map((d) => (
          <Button
            key={d ?? 'all'}
            size="small"
            type={domain === d ? 'primary' : 'default'}
            aria-pressed={domain === d}
            onClick={() => setDomain(d)}
          >
            {d ?? t('eventsCatalogue.allDomains')}
          </Button>
        ))}
      </Flex>
      {items.isError && <Typography.Text type="danger">{errorText(items.error)}</Typography.Text>}
      {!items.isLoading && shown.length === 0 && <Empty description={t('eventsCatalogue.noItems')} />}
      {shown.map((item) => (
        <Card key={item.id} size="small" data-testid={`service-${item.code}`}>
          <Flex justify="space-between" align="start" gap={8}>
            <div>
              <Typography.Text strong style={{ fontSize: 16 }}>
                {item.name}
              </Typography.Text>
              <div>
                <Tag>{item.domain}</Tag>
                <Typography.Text type="secondary">
                  {[item.timeLimit ? limitText(item.timeLimit) : null, item.limitNote]
                    .filter(Boolean)
                    .join('；')}
                </Typography.Text>
              </div>
            </div>
            <Button
              type="primary"
              onClick={() => setApplying(item)}
              disabled={!item.categoryId}
              data-testid={`service-apply-${item.code}`}
            >
              {t('eventsCatalogue.apply')}
            </Button>
          </Flex>
          <Collapse
            ghost
            size="small"
            items={[
              {
                key: 'fixes',
                label: t('eventsCatalogue.standard'),
                children: (
                  <Descriptions
                    column={1}
                    size="small"
                    items={[
                      { key: 'place', label: t('eventsCatalogue.place'), children: item.place },
                      { key: 'person', label: t('eventsCatalogue.person'), children: item.person },
                      {
                        key: 'item',
                        label: t('eventsCatalogue.intake'),
                        children: t(`eventsCatalogue.intakes.${item.intake as 'V'}`, item.intake),
                      },
                      { key: 'hours', label: t('eventsCatalogue.hours'), children: item.hours },
                      { key: 'standard', label: t('eventsCatalogue.standard'), children: item.standard },
                    ]}
                  />
                ),
              },
            ]}
          />
        </Card>
      ))}
      {applying && <ServiceRequestModal item={applying} onClose={() => setApplying(null)} />}
    </Flex>
  );
}
