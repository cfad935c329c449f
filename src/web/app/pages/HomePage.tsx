import { KeyOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../auth';
import { useLabels } from '../labels';
import { useNavItems } from '../layout/nav-items';

/** A plain welcome: who you are, where you work, where to go. No activity counters (DOMAIN §9). */
export function HomePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const me = useCurrentUser();
  const links = [
    ...useNavItems(me).filter((item) => item.path !== '/'),
    {
      path: '/change-password',
      label: t('header.changePassword'),
      icon: <KeyOutlined />,
      testId: 'quick-password',
      description: t('home.passwordDesc'),
    },
  ];
  const details = [
    { key: 'role', label: t('home.role'), children: labels.role(me.role) },
    {
      key: 'scope',
      label: t('home.scope'),
      children: t('common.withNote', { name: me.scopeName, note: me.scopeCode }),
    },
    ...(me.department
      ? [{ key: 'dept', label: t('home.department'), children: labels.department(me.department) }]
      : []),
  ];
  return (
    <Card data-testid="home-welcome">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('home.welcome', { name: me.displayName })}
      </Typography.Title>
      <Descriptions column={1} items={details} style={{ marginBottom: 24 }} />
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
      <Typography.Paragraph type="secondary" style={{ marginTop: 24, marginBottom: 0 }}>
        {t('home.principle')}
      </Typography.Paragraph>
    </Card>
  );
}
