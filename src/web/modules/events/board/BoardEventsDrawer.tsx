import { useQuery } from '@tanstack/react-query';
import { Drawer, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../contracts/api/events';
import type { BoardFigure } from '../../../../contracts/api/events-board';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { useIsMobile } from '../../../app/layout/use-is-mobile';
import { type BoardPeriod, eventsBoardApi } from './api';

export interface DrillTarget {
  key: string;
  name: string;
  figure: BoardFigure;
}

/** 考核下钻: the events behind one figure of one row, paged. */
export function BoardEventsDrawer({
  period,
  target,
  onClose,
}: {
  period: BoardPeriod;
  target: DrillTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const query = { ...period, key: target.key, figure: target.figure, page, pageSize };
  const list = useQuery({
    queryKey: ['events', 'board', 'events', query],
    queryFn: () => eventsBoardApi.events(query),
  });
  return (
    <Drawer
      open
      onClose={onClose}
      size={mobile ? '100%' : 720}
      title={t('eventsBoard.drillTitle', {
        unit: target.name,
        figure: t(`eventsBoard.figures.${target.figure}`),
      })}
      data-testid="board-drill"
    >
      {list.isError && <Typography.Text type="danger">{errorText(list.error)}</Typography.Text>}
      <ResponsiveTable<EventView>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        phoneColumns={['number', 'status']}
        columns={[
          { key: 'number', title: t('eventsBoard.number'), dataIndex: 'number' },
          { key: 'category', title: t('eventsBoard.category'), dataIndex: 'categoryName' },
          { key: 'village', title: t('eventsBoard.village'), render: (_, e) => e.regionName ?? e.regionCode },
          { key: 'status', title: t('eventsBoard.status'), dataIndex: 'statusLabel' },
          {
            key: 'reportedAt',
            title: t('eventsBoard.reportedAt'),
            render: (_, e) => dayjs(e.reportedAt).format('YYYY-MM-DD HH:mm'),
          },
        ]}
      />
    </Drawer>
  );
}
