import { z } from 'zod';
import { uuidSchema } from './common';

// 工作日历 (docs/events.md): the national holidays and 调休 working days of a year (chinese-days)
// with the county's own additions, which the county administrator edits.

export const calendarQuerySchema = z.object({
  year: z.coerce
    .number({ message: '请填写年份' })
    .int('年份应为整数')
    .min(2020, '年份不早于 2020')
    .max(2100, '年份不晚于 2100'),
});

export const calendarDayKindSchema = z.enum(['holiday', 'workday']);

export const calendarDaySchema = z.object({
  day: z.string(),
  /** holiday: a day off (on a weekday); workday: a working day (on a weekend). */
  kind: calendarDayKindSchema,
  name: z.string(),
  /** national: from the State Council's schedule (chinese-days); county: the county's own. */
  source: z.enum(['national', 'county']),
  /** The county's row (to remove it); null for a national day. */
  id: uuidSchema.nullable(),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

export const calendarSchema = z.object({
  year: z.number().int(),
  countyCode: z.string(),
  /** False for a year chinese-days does not know yet: only weekends count until the county adds the schedule. */
  nationalKnown: z.boolean(),
  days: z.array(calendarDaySchema),
});
export type CalendarView = z.infer<typeof calendarSchema>;

export const addCalendarDayBodySchema = z.object({
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 年-月-日，如 2026-10-01')
    .refine(
      (d) =>
        !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
      '日期不存在',
    ),
  kind: calendarDayKindSchema,
  name: z.string().trim().min(1, '请填写名称，如“本县三月三”').max(30, '名称不超过 30 字'),
});
export type AddCalendarDayBody = z.infer<typeof addCalendarDayBodySchema>;

export const calendarDayParamsSchema = z.object({ calendarDayId: uuidSchema });
