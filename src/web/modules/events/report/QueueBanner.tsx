import { Alert, Button, Flex, List, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportQueue } from './use-report-queue';

/** 无网络时保存在手机上的上报: how many wait, 立即发送, and the ones the server refused (删除). */
export function QueueBanner() {
  const { t } = useTranslation();
  const q = useReportQueue();
  const pending = q.waiting.filter((r) => !r.error);
  const refused = q.waiting.filter((r) => r.error);
  if (q.waiting.length === 0 && !q.lastSend) return null;
  return (
    <Flex vertical gap={8} data-testid="report-queue">
      {pending.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="report-queue-waiting"
          title={t('eventsReport.waiting', { count: pending.length })}
          description={
            q.lastSend && q.lastSend.waiting > 0 && !q.sending ? t('eventsReport.stillOffline') : undefined
          }
          action={
            <Button
              size="small"
              loading={q.sending}
              onClick={() => void q.sendNow()}
              data-testid="report-send-now"
            >
              {t('eventsReport.sendNow')}
            </Button>
          }
        />
      )}
      {pending.length === 0 && q.lastSend && q.lastSend.sent > 0 && (
        <Alert
          type="success"
          showIcon
          data-testid="report-queue-sent"
          title={t('eventsReport.sentCount', { count: q.lastSend.sent })}
        />
      )}
      {refused.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={refused}
          renderItem={(r) => (
            <List.Item
              actions={[
                <Popconfirm
                  key="remove"
                  title={t('eventsReport.removeConfirm')}
                  onConfirm={() => void q.remove(r.key)}
                >
                  <Button size="small" danger>
                    {t('eventsReport.remove')}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <Flex vertical>
                <Typography.Text>{r.label}</Typography.Text>
                <Typography.Text type="danger">
                  {t('eventsReport.refused', { message: r.error })}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
