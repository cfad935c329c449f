import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Empty, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMarkRead, useNotifications } from './api';
import { when } from './shared';

/** 消息通知: a bell with the unread count; the drawer's items open their page and are marked read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const notices = useNotifications();
  const mark = useMarkRead();
  const unread = notices.data?.unread ?? 0;
  return (
    <>
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={t('eventsHandle.bell.open', { count: unread })}
          onClick={() => setOpen(true)}
          data-testid="bell"
        />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('eventsHandle.bell.title')}
        size={360}
        extra={
          unread > 0 && (
            <Button size="small" onClick={() => mark.mutate('all')} data-testid="bell-read-all">
              {t('eventsHandle.bell.readAll')}
            </Button>
          )
        }
      >
        <List
          dataSource={notices.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('eventsHandle.bell.empty')} /> }}
          renderItem={(n) => (
            <List.Item
              data-testid="bell-item"
              style={{ cursor: 'pointer' }}
              onClick={() => {
                if (!n.readAt) mark.mutate(n.id);
                setOpen(false);
                if (n.link) navigate(n.link);
              }}
            >
              <List.Item.Meta
                title={
                  <Typography.Text strong={!n.readAt}>
                    {!n.readAt && <Badge status="error" style={{ marginInlineEnd: 6 }} />}
                    {n.title}
                  </Typography.Text>
                }
                description={
                  <>
                    {n.body && <div>{n.body}</div>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {when(n.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Drawer>
    </>
  );
}
