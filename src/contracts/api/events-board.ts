import { z } from 'zod';
import { departmentSchema } from '../roles';
import { pageQuerySchema } from './common';

// 事件考核 (issue 12 item 5): KPI boards per department, township and village, the events behind
// each figure, and the public overdue board (公开晾晒). docs/events.md §考核与公开晾晒 defines each figure.

export const boardUnitSchema = z.enum(['department', 'township', 'village']);
export type BoardUnit = z.infer<typeof boardUnitSchema>;

const daySchema = z.iso.date('日期格式应为YYYY-MM-DD');

/** The period is on reported_at, China days from `from` to `to` inclusive. */
export const boardQuerySchema = z
  .object({
    unit: boardUnitSchema,
    from: daySchema,
    to: daySchema,
    /** A category code (E01 … E15). */
    category: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,16}$/, '类别代码格式不正确')
      .optional(),
  })
  .refine((q) => q.from <= q.to, { message: '开始日期不能晚于结束日期', path: ['from'] });
export type BoardQuery = z.infer<typeof boardQuerySchema>;

export const boardRowSchema = z.object({
  /** A village or township code, or a department code. */
  key: z.string(),
  name: z.string(),
  reported: z.number().int(),
  closed: z.number().int(),
  /** Ended stages of the unit that had a deadline, and those ended on or before it. */
  timedStages: z.number().int(),
  onTimeStages: z.number().int(),
  onTimeRate: z.number().nullable(),
  /** Mean working days of the unit's ended stages. */
  meanStageDays: z.number().nullable(),
  /** Township and village: mean working days from report to closure (null for departments). */
  meanCloseDays: z.number().nullable(),
  rated: z.number().int(),
  meanRating: z.number().nullable(),
  satisfied: z.number().int(),
  satisfiedRate: z.number().nullable(),
  redo: z.number().int(),
  redoRate: z.number().nullable(),
  open: z.number().int(),
  overdue: z.number().int(),
});
export type BoardRow = z.infer<typeof boardRowSchema>;

export const boardSchema = z.object({
  unit: boardUnitSchema,
  from: z.string(),
  to: z.string(),
  category: z.string().nullable(),
  rows: z.array(boardRowSchema),
  /** When the figures were computed. */
  at: z.string(),
});
export type BoardView = z.infer<typeof boardSchema>;

/** The figures whose events a drill-down lists. */
export const BOARD_FIGURES = [
  'reported',
  'closed',
  'timed',
  'late',
  'rated',
  'satisfied',
  'redo',
  'open',
  'overdue',
] as const;
export const boardFigureSchema = z.enum(BOARD_FIGURES);
export type BoardFigure = z.infer<typeof boardFigureSchema>;

export const boardEventsQuerySchema = z
  .object({
    unit: boardUnitSchema,
    /** The row's key: a village or township code, or a department code. */
    key: z.string().regex(/^([0-9]{12}|[a-z_]{2,32})$/, '单位应为12位区划代码或部门代码'),
    figure: boardFigureSchema,
    from: daySchema,
    to: daySchema,
    category: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,16}$/, '类别代码格式不正确')
      .optional(),
  })
  .extend(pageQuerySchema.shape)
  .refine((q) => q.from <= q.to, { message: '开始日期不能晚于结束日期', path: ['from'] })
  .refine(
    (q) => (q.unit === 'department' ? departmentSchema.safeParse(q.key).success : /^\d{12}$/.test(q.key)),
    {
      message: '单位与类型不符',
      path: ['key'],
    },
  );
export type BoardEventsQuery = z.infer<typeof boardEventsQuerySchema>;

export const publicOverdueQuerySchema = z.object({
  county: z.string().regex(/^\d{6}(\d{6})?$/, '县级区划代码应为6位或12位数字'),
});

/** One overdue stage on the public board: nothing that names or locates a person. */
export const publicOverdueItemSchema = z.object({
  number: z.string(),
  category: z.string(),
  village: z.string(),
  township: z.string(),
  /** 村 / 乡镇 / 部门 / 县 */
  ownerKind: z.enum(['village', 'township', 'department', 'county']),
  owner: z.string(),
  dueAt: z.string(),
  /** Working days since the deadline (county calendar), to two decimals. */
  daysOverdue: z.number(),
});

export const publicOverdueSchema = z.object({
  county: z.string(),
  countyName: z.string(),
  items: z.array(publicOverdueItemSchema),
  at: z.string(),
});
export type PublicOverdueView = z.infer<typeof publicOverdueSchema>;
