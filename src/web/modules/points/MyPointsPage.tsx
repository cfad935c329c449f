import { Card, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../app/errors';
import { AccountCard } from './AccountCard';
import { LedgerTable } from './LedgerTable';
import { useMyPoints } from './queries';

/** 我的积分: the party member's own account and the household's account, each with its history. */
export default function MyPointsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const mine = useMyPoints();
  const accounts = [mine.data?.member, mine.data?.household].filter((a) => !!a);
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('points.myTitle')}
        </Typography.Title>
        <Flex gap={16}>
          <Link to="/points-reserve" data-testid="my-points-reserve">
            {t('points.nav.reserve')}
          </Link>
          <Link to="/points-boards">{t('points.boardsNav')}</Link>
        </Flex>
      </Flex>
      {mine.isLoading && <Spin />}
      {mine.isError && <Typography.Text type="danger">{errorText(mine.error)}</Typography.Text>}
      {mine.isSuccess && accounts.length === 0 && (
        <Card>
          <Empty description={t('points.notLinked')} />
        </Card>
      )}
      {accounts.map((account) => (
        <Flex key={account.id} vertical gap={8}>
          <AccountCard account={account} />
          <Card size="small" title={t('points.ledger')}>
            <LedgerTable accountId={account.id} />
          </Card>
        </Flex>
      ))}
    </Flex>
  );
}
