import { KeyOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Flex, List, Row, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { HomePending as HomePendingView } from '../../../contracts/api/home';
import { useCurrentUser } from '../auth';
import { useHome } from '../home/use-home';
import { useLabels } from '../labels';
import { useNavItems } from '../layout/nav-items';

type Lang = 'zh' | 'en';

/** One kind of waiting work: its count, and the records themselves when they say why they wait. */
function PendingCard({ item, lang }: { item: HomePendingView; lang: Lang }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card
      size="small"
      hoverable
      onClick={() => navigate(item.path)}
      data-testid={`pending-${item.key}`}
      title={
        <Flex align="center" gap={8}>
          <span>{item.label[lang]}</span>
          <Badge count={item.count} overflowCount={999} color="#c41d1d" />
        </Flex>
      }
    >
      {item.entries?.length ? (
        <List
          size="small"
          dataSource={item.entries}
          renderItem={(e) => (
            <List.Item key={e.id} style={{ paddingInline: 0 }} data-testid="pending-entry">
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Typography.Text strong>{e.title}</Typography.Text>
                {e.detail && <Typography.Text type="secondary">{e.detail}</Typography.Text>}
                {e.reason && (
                  <Typography.Text>
                    <Tag color="orange">{t('home.reason')}</Tag>
                    {e.reason}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text type="secondary">{t('home.openToHandle')}</Typography.Text>
      )}
    </Card>
  );
}

/**
 * 工作台: first what waits for this user (from every module's manifest), then the user's
 * commonest jobs as large buttons, then everything else it may open. No activity counters,
 * log-in counts or usage rankings (DOMAIN §9).
 */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  const labels = useLabels();
  const me = useCurrentUser();
  const home = useHome();
  const nav = useNavItems(me);
  const iconOf = new Map<string, ReactNode>(nav.map((n) => [n.path, n.icon]));
  const pending = (home.data?.pending ?? []).filter((p) => p.count > 0);
  const shortcuts = home.data?.shortcuts ?? [];
  const shortcutPaths = new Set(shortcuts.map((s) => s.path));
  const links = [
    ...nav.filter((item) => item.path !== '/' && !shortcutPaths.has(item.path)),
    {
      path: '/change-password',
      label: t('header.changePassword'),
      icon: <KeyOutlined />,
      testId: 'quick-password',
      description: t('home.passwordDesc'),
    },
  ];
  return (
    <Flex vertical gap={12} data-testid="home-welcome">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('home.welcome', { name: me.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">
          {labels.role(me.role)} · {me.scopeName}
        </Typography.Text>
      </div>
      {home.isLoading ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <>
          {pending.length > 0 && (
            <section aria-label={t('home.pending')}>
              <Typography.Title level={4} style={{ marginTop: 4 }}>
                {t('home.pending')}
              </Typography.Title>
              <Row gutter={[8, 8]}>
                {pending.map((item) => (
                  <Col key={item.key} xs={24} md={12}>
                    <PendingCard item={item} lang={lang} />
                  </Col>
                ))}
              </Row>
            </section>
          )}
          <section aria-label={t('home.shortcuts')}>
            <Row gutter={[8, 8]} data-testid="home-shortcuts">
              {shortcuts.map((s) => (
                <Col key={s.key} xs={12} sm={8} lg={6}>
                  <Link to={s.path} data-testid={`shortcut-${s.path.slice(1)}`}>
                    <Button
                      block
                      size="large"
                      type="primary"
                      ghost
                      icon={iconOf.get(s.path)}
                      style={{ height: 64, fontSize: 17, whiteSpace: 'normal' }}
                      tabIndex={-1}
                    >
                      {s.label[lang]}
                    </Button>
                  </Link>
                </Col>
              ))}
            </Row>
          </section>
          {pending.length === 0 && (
            <Typography.Text type="secondary" data-testid="home-nothing-pending">
              {t('home.nothingPending')}
            </Typography.Text>
          )}
        </>
      )}
      <section aria-label={t('home.quickLinks')}>
        <Typography.Title level={4}>{t('home.quickLinks')}</Typography.Title>
        <Row gutter={[12, 12]}>
          {links.map((link) => (
            <Col key={link.path} xs={24} sm={12} lg={8}>
              <Link to={link.path} data-testid={`quick-${link.path.slice(1)}`}>
                <Card hoverable size="small">
                  <Card.Meta avatar={link.icon} title={link.label} description={link.description} />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </section>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('home.principle')}
      </Typography.Paragraph>
    </Flex>
  );
}
