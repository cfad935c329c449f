import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Tag, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { useDocumentTitle } from '../../../app/page-titles';
import { eventsBoardApi, type PublicOverdue } from './api';

type Item = PublicOverdue['items'][number];

/**
 * 公开晾晒: a county's overdue events for anyone, without logging in — on a phone, or full screen on
 * the wall of the service hall (it refreshes itself every five minutes). No personal data.
 */
export default function PublicOverduePage() {
  useDocumentTitle();
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const errorText = useErrorText();
  const { countyCode = '' } = useParams();
  const board = useQuery({
    queryKey: ['public', 'overdue', countyCode],
    queryFn: () => eventsBoardApi.publicOverdue(countyCode),
    refetchInterval: 5 * 60_000,
  });
  const data = board.data;
  return (
    <main style={{ minHeight: '100vh', padding: 'clamp(12px, 2vw, 32px)', background: token.colorBgLayout }}>
      <Flex vertical gap={12} style={{ maxWidth: 1600, margin: '0 auto' }}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 'clamp(22px, 3vw, 44px)' }}>
          {data
            ? t('eventsBoard.public.heading', { county: data.countyName })
            : t('eventsBoard.public.title')}
        </Typography.Title>
        {board.isError && <Typography.Text type="danger">{errorText(board.error)}</Typography.Text>}
        {data && (
          <Typography.Text style={{ fontSize: 'clamp(14px, 1.4vw, 22px)' }} data-testid="public-as-of">
            {t('eventsBoard.asOf', { at: dayjs(data.at).format('YYYY-MM-DD HH:mm') })} ·{' '}
            {t('eventsBoard.public.count', { n: data.items.length })}
          </Typography.Text>
        )}
        <div style={{ fontSize: 'clamp(14px, 1.4vw, 24px)' }}>
          <ResponsiveTable<Item>
            rowKey={(r) => `${r.number}-${r.owner}-${r.dueAt}`}
            loading={board.isFetching && !data}
            dataSource={data?.items ?? []}
            pagination={false}
            locale={{ emptyText: <Empty description={t('eventsBoard.public.empty')} /> }}
            phoneColumns={['category', 'days']}
            columns={[
              { key: 'category', title: t('eventsBoard.category'), dataIndex: 'category' },
              {
                key: 'days',
                title: t('eventsBoard.public.days'),
                render: (_, r) => <strong>{r.daysOverdue.toFixed(1)}</strong>,
              },
              { key: 'village', title: t('eventsBoard.village'), dataIndex: 'village' },
              { key: 'township', title: t('eventsBoard.public.township'), dataIndex: 'township' },
              {
                key: 'owner',
                title: t('eventsBoard.public.owner'),
                render: (_, r) => (
                  <span>
                    <Tag>{t(`eventsBoard.public.ownerKinds.${r.ownerKind}`)}</Tag>
                    {r.owner}
                  </span>
                ),
              },
              {
                key: 'dueAt',
                title: t('eventsBoard.public.dueAt'),
                render: (_, r) => dayjs(r.dueAt).format('YYYY-MM-DD HH:mm'),
              },
              { key: 'number', title: t('eventsBoard.number'), dataIndex: 'number' },
            ]}
          />
        </div>
        <Typography.Text type="secondary">{t('eventsBoard.public.note')}</Typography.Text>
      </Flex>
    </main>
  );
}
