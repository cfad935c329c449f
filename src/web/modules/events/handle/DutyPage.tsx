import { Empty, Flex, List, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { useDuty } from './api';
import { DispatchCard } from './EventDetailPage';

/** 部门报到: the department's dispatches, 报到 and 办理 (result and photos) on the phone. */
export default function DutyPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [view, setView] = useState<'todo' | 'done'>('todo');
  const [page, setPage] = useState(1);
  const duty = useDuty(view, page);
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('eventsHandle.dutyTitle')}
      </Typography.Title>
      <Segmented
        value={view}
        onChange={(v) => {
          setView(v as 'todo' | 'done');
          setPage(1);
        }}
        options={[
          { value: 'todo', label: t('eventsHandle.duty.todo') },
          { value: 'done', label: t('eventsHandle.duty.done') },
        ]}
      />
      {duty.isError && <Typography.Text type="danger">{errorText(duty.error)}</Typography.Text>}
      <List
        loading={duty.isFetching}
        dataSource={duty.data?.items ?? []}
        grid={{ gutter: 12, xs: 1, sm: 1, md: 2, xl: 3 }}
        locale={{ emptyText: <Empty description={t('eventsHandle.duty.empty')} /> }}
        renderItem={({ dispatch, event }) => (
          <List.Item>
            <Flex vertical gap={4}>
              <Link to={`/events/${event.id}`} data-testid="duty-event">
                {event.number} {event.title}
              </Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {event.categoryName} · {event.regionName ?? event.regionCode}
              </Typography.Text>
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                {event.description}
              </Typography.Paragraph>
              <DispatchCard dispatch={dispatch} />
            </Flex>
          </List.Item>
        )}
        pagination={{
          current: page,
          pageSize: 20,
          total: duty.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
      />
    </Flex>
  );
}
