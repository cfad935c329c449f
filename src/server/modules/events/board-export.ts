import type { BoardQuery, BoardRow } from '../../../contracts/api/events-board';
import type { Ctx } from '../../platform/context';
import { auditedExport } from '../../platform/excel/export';
import type { SheetColumn } from '../../platform/excel/stream';
import { eventBoard } from './board';

// 导出事件考核: the board as the page shows it, one sheet, audited (events.board.export).

export const BOARD_UNIT_NAMES = { department: '部门', township: '乡镇', village: '村' } as const;

const percent = (x: number | null) => (x == null ? null : Math.round(x * 1000) / 10);

const columns = (unit: BoardQuery['unit']): SheetColumn<BoardRow>[] => [
  { header: BOARD_UNIT_NAMES[unit], key: 'name', width: 20, value: (r) => r.name },
  {
    header: unit === 'department' ? '派单事件数' : '上报事件数',
    key: 'reported',
    width: 12,
    value: (r) => r.reported,
  },
  { header: '办结数', key: 'closed', width: 10, value: (r) => r.closed },
  { header: '按时办结率(%)', key: 'onTimeRate', width: 14, value: (r) => percent(r.onTimeRate) },
  {
    header: '按时环节/计时环节',
    key: 'stages',
    width: 18,
    value: (r) => `${r.onTimeStages}/${r.timedStages}`,
  },
  { header: '平均办理时长(工作日)', key: 'meanStageDays', width: 20, value: (r) => r.meanStageDays },
  ...(unit === 'department'
    ? []
    : [
        {
          header: '平均办结时长(工作日)',
          key: 'meanCloseDays',
          width: 20,
          value: (r: BoardRow) => r.meanCloseDays,
        },
      ]),
  { header: '评价数', key: 'rated', width: 10, value: (r) => r.rated },
  { header: '平均评分', key: 'meanRating', width: 10, value: (r) => r.meanRating },
  { header: '满意率(%)', key: 'satisfiedRate', width: 12, value: (r) => percent(r.satisfiedRate) },
  { header: '返工率(%)', key: 'redoRate', width: 12, value: (r) => percent(r.redoRate) },
  { header: '在办数', key: 'open', width: 10, value: (r) => r.open },
  { header: '超期数', key: 'overdue', width: 10, value: (r) => r.overdue },
];

/** 导出事件考核: the same rows as GET /api/events/board. */
export const exportBoard = async (ctx: Ctx, q: BoardQuery) => {
  const { rows } = await eventBoard(ctx, q);
  async function* batches() {
    yield rows;
  }
  return auditedExport(ctx, {
    action: 'events.board.export',
    entity: 'event',
    filters: q,
    sheet: `事件考核-${BOARD_UNIT_NAMES[q.unit]}`,
    columns: columns(q.unit),
    batches: batches(),
  });
};
