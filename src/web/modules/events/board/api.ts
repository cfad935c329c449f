import type { z } from 'zod';
import type { EventView } from '../../../../contracts/api/events';
import type {
  BoardFigure,
  BoardUnit,
  boardSchema,
  publicOverdueSchema,
} from '../../../../contracts/api/events-board';
import { call, client, type Page } from '../../../app/api';

export type Board = z.infer<typeof boardSchema>;
export type BoardRow = Board['rows'][number];
export type PublicOverdue = z.infer<typeof publicOverdueSchema>;
export type BoardPeriod = { unit: BoardUnit; from: string; to: string; category?: string };
export type Drill = BoardPeriod & { key: string; figure: BoardFigure; page: number; pageSize: number };

export const eventsBoardApi = {
  board: (query: BoardPeriod) => call(client.GET('/api/events/board', { params: { query } })),
  events: (query: Drill) =>
    call(client.GET('/api/events/board/events', { params: { query } })) as Promise<Page<EventView>>,
  publicOverdue: (county: string) =>
    call(client.GET('/api/public/events/overdue', { params: { query: { county } } })),
};
