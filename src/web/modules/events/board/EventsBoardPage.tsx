import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Empty, Flex, Segmented, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardFigure, BoardUnit } from '../../../../contracts/api/events-board';
import { apiUrl } from '../../../app/api';
import { useCurrentUser } from '../../../app/auth';
import { ExportButton } from '../../../app/components/excel/ExportButton';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { type BoardPeriod, type BoardRow, eventsBoardApi } from './api';
import { BoardEventsDrawer, type DrillTarget } from './BoardEventsDrawer';

const pct = (x: number | null) => (x == null ? '—' : `${Math.round(x * 1000) / 10}%`);
const num = (x: number | null) => (x == null ? '—' : String(x));
// The public board is per county: the first six digits of the account's region (all are in one county).

/** 事件考核: KPIs of departments, townships and villages for a period, each figure opening its events. */
export default function EventsBoardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorText = useErrorText();
  const units: BoardUnit[] =
    me.role === 'department' ? ['department'] : ['department', 'township', 'village'];
  const [unit, setUnit] = useState<BoardUnit>(me.role === 'department' ? 'department' : 'village');
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('month'), dayjs()]);
  const [drill, setDrill] = useState<DrillTarget>();
  const period: BoardPeriod = {
    unit,
    from: range[0].format('YYYY-MM-DD'),
    to: range[1].format('YYYY-MM-DD'),
  };
  const board = useQuery({
    queryKey: ['events', 'board', period],
    queryFn: () => eventsBoardApi.board(period),
  });

  const link = (r: BoardRow, figure: BoardFigure, text: string) => (
    <Button
      type="link"
      size="small"
      style={{ padding: 0 }}
      onClick={() => setDrill({ key: r.key, name: r.name, figure })}
      data-testid={`board-${r.key}-${figure}`}
    >
      {text}
    </Button>
  );
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('eventsBoard.title')}
      </Typography.Title>
      <Flex wrap gap={8} align="center">
        <Segmented
          value={unit}
          onChange={(v) => setUnit(v as BoardUnit)}
          options={units.map((u) => ({ value: u, label: t(`eventsBoard.units.${u}`) }))}
          data-testid="board-unit"
        />
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          inputReadOnly
          aria-label={t('eventsBoard.period')}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
        <ExportButton url={() => apiUrl('/events/board/export', period)} testId="board-export" />
        <Button type="link" href={`/public/overdue/${me.scopeCode.slice(0, 6)}`} target="_blank">
          {t('eventsBoard.publicLink')}
        </Button>
      </Flex>
      {board.isError && <Typography.Text type="danger">{errorText(board.error)}</Typography.Text>}
      <ResponsiveTable<BoardRow>
        rowKey="key"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={board.isFetching}
        dataSource={board.data?.rows ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('eventsBoard.none')} /> }}
        phoneColumns={['name', 'onTimeRate', 'overdue']}
        columns={[
          { key: 'name', title: t('eventsBoard.unit'), dataIndex: 'name' },
          {
            key: 'reported',
            title: t(unit === 'department' ? 'eventsBoard.dispatched' : 'eventsBoard.reported'),
            render: (_, r) => link(r, 'reported', String(r.reported)),
          },
          {
            key: 'closed',
            title: t('eventsBoard.closed'),
            render: (_, r) => link(r, 'closed', String(r.closed)),
          },
          {
            key: 'onTimeRate',
            title: t('eventsBoard.onTimeRate'),
            render: (_, r) => link(r, 'late', `${pct(r.onTimeRate)} (${r.onTimeStages}/${r.timedStages})`),
          },
          {
            key: 'meanStageDays',
            title: t('eventsBoard.meanStageDays'),
            render: (_, r) => link(r, 'timed', num(r.meanStageDays)),
          },
          ...(unit === 'department'
            ? []
            : [
                {
                  key: 'meanCloseDays',
                  title: t('eventsBoard.meanCloseDays'),
                  render: (_: unknown, r: BoardRow) => link(r, 'closed', num(r.meanCloseDays)),
                },
              ]),
          {
            key: 'satisfaction',
            title: t('eventsBoard.satisfaction'),
            render: (_, r) => link(r, 'rated', `${num(r.meanRating)} (${r.rated})`),
          },
          {
            key: 'satisfiedRate',
            title: t('eventsBoard.satisfiedRate'),
            render: (_, r) => link(r, 'satisfied', pct(r.satisfiedRate)),
          },
          {
            key: 'redoRate',
            title: t('eventsBoard.redoRate'),
            render: (_, r) => link(r, 'redo', pct(r.redoRate)),
          },
          { key: 'open', title: t('eventsBoard.open'), render: (_, r) => link(r, 'open', String(r.open)) },
          {
            key: 'overdue',
            title: t('eventsBoard.overdue'),
            render: (_, r) => link(r, 'overdue', String(r.overdue)),
          },
        ]}
      />
      {board.data && (
        <Typography.Text type="secondary">
          {t('eventsBoard.asOf', { at: dayjs(board.data.at).format('YYYY-MM-DD HH:mm') })}
        </Typography.Text>
      )}
      {drill && <BoardEventsDrawer period={period} target={drill} onClose={() => setDrill(undefined)} />}
    </Flex>
  );
}
