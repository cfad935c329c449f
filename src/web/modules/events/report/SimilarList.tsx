import { Button, Card, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SimilarEvent } from '../../../../contracts/api/events-report';

/** 是不是这些事？ Open reports of the same kind nearby, each with 跟进 instead of a new report. */
export function SimilarList({
  items,
  busyId,
  onFollow,
}: {
  items: SimilarEvent[];
  busyId: string | null;
  onFollow: (e: SimilarEvent) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} data-testid="report-similar">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('eventsReport.similarTitle')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('eventsReport.similarHint')}</Typography.Text>
      {items.map((e) => (
        <Card key={e.id} size="small" data-testid={`similar-${e.number}`}>
          <Flex justify="space-between" align="center" gap={8}>
            <Flex vertical style={{ minWidth: 0 }}>
              <Typography.Text strong ellipsis>
                {e.title}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {e.number} · {dayjs(e.reportedAt).format('M月D日')} · {e.statusLabel} ·{' '}
                {t('eventsReport.followers', { count: e.followers })}
              </Typography.Text>
            </Flex>
            {e.mine ? (
              <Tag>{t('eventsReport.mineTag')}</Tag>
            ) : (
              <Button
                type={e.following ? 'default' : 'primary'}
                disabled={e.following}
                loading={busyId === e.id}
                onClick={() => onFollow(e)}
                data-testid="similar-follow"
              >
                {e.following ? t('eventsReport.following') : t('eventsReport.follow')}
              </Button>
            )}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
