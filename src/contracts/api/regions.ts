import { z } from 'zod';
import { REGION_LEVELS } from '../roles';
import { regionCodeSchema } from './common';

export const regionLevelSchema = z.enum(REGION_LEVELS);

export const regionSchema = z.object({
  code: regionCodeSchema,
  parentCode: z.string().nullable(),
  level: regionLevelSchema,
  name: z.string(),
  initials: z.string(),
  childCount: z.number().int(),
});
export type Region = z.infer<typeof regionSchema>;

export const regionWithPathSchema = regionSchema.extend({
  path: z.array(z.object({ code: z.string(), name: z.string(), level: regionLevelSchema })),
});

export const regionSearchQuerySchema = z.object({
  q: z.string().trim().min(1, '请输入名称或拼音首字母').max(32, '搜索词过长'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const importCountyBodySchema = z.object({
  countyCode: z.string().regex(/^\d{6}$/, '县级代码应为6位数字'),
});
export const importCountyResultSchema = z.object({
  countyCode: z.string(),
  countyName: z.string(),
  townships: z.number().int(),
  villages: z.number().int(),
  inserted: z.number().int(),
});

export const createGroupBodySchema = z.object({
  name: z.string().trim().min(1, '请输入名称').max(32, '名称最多32字'),
});
