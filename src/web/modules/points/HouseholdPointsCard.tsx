import { Button, Card, Drawer, Empty, Flex, List, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdPoints } from '../../../contracts/api/household-file';
import { LedgerTable } from './LedgerTable';
import { PointsTag } from './shared';

/**
 * 文明积分 on the one-household view: balance, this year's points and the latest entries, with
 * the whole ledger one tap away. Nothing is shown to roles that do not read points.
 */
export function HouseholdPointsCard({ points, title }: { points: HouseholdPoints | null; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!points) return null;
  return (
    <Card
      title={title}
      size="small"
      data-testid="profile-points"
      extra={
        points.accountId && (
          <Button size="small" type="link" onClick={() => setOpen(true)} data-testid="profile-points-ledger">
            {t('points.allEntries')}
          </Button>
        )
      }
    >
      <Flex gap={24} wrap>
        <Statistic title={t('points.balance')} value={points.balance} suffix={t('points.unit')} />
        <Statistic title={t('points.yearTotal')} value={points.yearTotal} suffix={t('points.unit')} />
      </Flex>
      {points.frozenUntil && (
        <Tag color="orange" style={{ marginTop: 8 }}>
          {t('points.frozenUntil', { date: points.frozenUntil })}
        </Tag>
      )}
      {points.recent.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('points.noLedger')} />
      ) : (
        <List
          size="small"
          dataSource={points.recent}
          renderItem={(e) => (
            <List.Item key={e.id} extra={<PointsTag value={e.amount} />}>
              <Typography.Text type="secondary">{e.occurredOn}</Typography.Text>{' '}
              {e.ruleName ?? t(`points.kinds.${e.kind}`)}
              {e.reversedBy ? ` · ${t('points.wasReversed')}` : ''}
            </List.Item>
          )}
        />
      )}
      {points.accountId && (
        <Drawer open={open} onClose={() => setOpen(false)} title={title} size="large" destroyOnHidden>
          <LedgerTable accountId={points.accountId} />
        </Drawer>
      )}
    </Card>
  );
}
