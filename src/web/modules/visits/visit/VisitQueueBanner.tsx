import { Alert, Button, Flex, List, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useVisitQueue } from './use-visit-queue';

/** 无网络时保存在手机上的走访: how many wait, 立即发送, and the ones the server refused (删除). */
export function VisitQueueBanner() {
  const { t } = useTranslation();
  const q = useVisitQueue();
  const pending = q.waiting.filter((v) => !v.error);
  const refused = q.waiting.filter((v) => v.error);
  if (q.waiting.length === 0 && !q.lastSend) return null;
  return (
    <Flex vertical gap={8} data-testid="visit-queue">
      {pending.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="visit-queue-waiting"
          title={t('visitsVisit.waiting', { count: pending.length })}
          description={
            <Flex vertical>
              {pending.map((v) => (
                <Typography.Text key={v.key}>{v.label}</Typography.Text>
              ))}
              {q.lastSend && q.lastSend.waiting > 0 && !q.sending && (
                <Typography.Text type="secondary">{t('visitsVisit.stillOffline')}</Typography.Text>
              )}
            </Flex>
          }
          action={
            <Button
              size="small"
              loading={q.sending}
              onClick={() => void q.sendNow()}
              data-testid="visit-send-now"
            >
              {t('visitsVisit.sendNow')}
            </Button>
          }
        />
      )}
      {pending.length === 0 && q.lastSend && q.lastSend.sent > 0 && (
        <Alert
          type="success"
          showIcon
          data-testid="visit-queue-sent"
          title={t('visitsVisit.sentCount', { count: q.lastSend.sent })}
        />
      )}
      {refused.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={refused}
          data-testid="visit-queue-refused"
          renderItem={(v) => (
            <List.Item
              actions={[
                <Popconfirm
                  key="remove"
                  title={t('visitsVisit.removeConfirm')}
                  onConfirm={() => void q.remove(v.key)}
                >
                  <Button size="small" danger>
                    {t('visitsVisit.remove')}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <Flex vertical>
                <Typography.Text>{v.label}</Typography.Text>
                <Typography.Text type="danger">
                  {t('visitsVisit.refused', { message: v.error })}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
