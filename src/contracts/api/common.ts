import { z } from 'zod';
import { REGION_CODE_PATTERN } from '../region-code';

export const regionCodeSchema = z.string().regex(REGION_CODE_PATTERN, '区划代码应为12位（村民小组15位）数字');

/** Short or full codes accepted where a person types one (451022 or 451022000000). */
export const regionCodeInputSchema = z
  .string()
  .regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12}|\d{15})$/, '区划代码应为2、4、6、9、12或15位数字');

export const uuidSchema = z.uuid('编号格式不正确');

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1, '页码至少为1').default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多200条').default(20),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const okSchema = z.object({ ok: z.literal(true) });
