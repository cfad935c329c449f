import { z } from 'zod';
import { regionCodeSchema } from './common';
import { pointsSystemSchema } from './points';

// Points in Excel (issue 6 item 6): the ledger export's filters. Rankings and the shop's monthly
// statement export with the queries of their JSON routes (rankingQuerySchema, statementQuerySchema).

const isoDay = z.iso.date('日期格式应为 YYYY-MM-DD');

/** 导出积分流水: a region (village, township or county; default the caller's scope), a system, a period. */
export const ledgerExportQuerySchema = z
  .object({
    system: pointsSystemSchema,
    regionCode: regionCodeSchema.optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    /** history: only the entries of 历史积分导入, in the import's columns (imports back unchanged). */
    format: z.enum(['ledger', 'history']).optional(),
    /** Full ID numbers of party members in the history format (roles with pii.reveal, with a purpose). */
    reveal: z.enum(['true', 'false']).optional(),
    purpose: z.string().trim().max(200).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' });
export type LedgerExportQuery = z.infer<typeof ledgerExportQuerySchema>;
