import { Alert, Card, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../contracts/api/points';

/** Balance and this year's total of one account; a member's yearly score starts at 100. */
export function AccountCard({ account }: { account: AccountView }) {
  const { t } = useTranslation();
  const member = account.system === 'member';
  return (
    <Card
      size="small"
      title={`${t(`points.system.${account.system}`)} · ${account.holderName}${account.householdNo ? `（${account.householdNo}）` : ''}`}
    >
      <Flex gap={24} wrap>
        <Statistic
          title={t('points.balance')}
          value={account.balance}
          data-testid={`my-balance-${account.system}`}
        />
        <Statistic
          title={t('points.yearTotal')}
          value={account.yearTotal}
          prefix={account.yearTotal > 0 ? '+' : undefined}
        />
        {member && <Statistic title={t('points.yearScore')} value={100 + account.yearTotal} />}
      </Flex>
      {account.frozenUntil && (
        <Alert
          style={{ marginTop: 8 }}
          type="warning"
          showIcon
          title={t('points.frozenUntil', { date: account.frozenUntil })}
        />
      )}
    </Card>
  );
}
