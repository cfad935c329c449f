import type { z } from 'zod';
import type { AccountView, accountExportQuerySchema } from '../../../../contracts/api/economy-accounts';
import type { Ctx } from '../../../platform/context';
import { auditedExport, pages } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { listAccounts } from './list-accounts';

// 导出年度收支台账 with the list's filters and sort, amounts in 元.

type Query = z.infer<typeof accountExportQuerySchema>;

const yuan = (fen: number) => fen / 100;

const COLUMNS: SheetColumn<AccountView>[] = [
  { header: '村代码', key: 'regionCode', width: 16, value: (r) => r.regionCode },
  { header: '村名', key: 'villageName', width: 18, value: (r) => r.villageName },
  { header: '乡镇', key: 'townshipName', width: 14, value: (r) => r.townshipName },
  { header: '年度', key: 'year', width: 8, value: (r) => r.year },
  { header: '经营性收入（元）', key: 'operating', width: 16, value: (r) => yuan(r.operatingFen) },
  { header: '总收入（元）', key: 'total', width: 16, value: (r) => yuan(r.totalFen) },
  { header: '发包及上交收入（元）', key: 'contracting', width: 18, value: (r) => yuan(r.contractingFen) },
  { header: '档次', key: 'band', width: 22, value: (r) => `${r.bandCode} ${r.bandLabel}` },
  { header: '明细条数', key: 'lines', width: 10, value: (r) => r.lineCount },
  { header: '备注', key: 'note', width: 30, value: (r) => r.note },
];

export const exportAccounts = (ctx: Ctx, q: Query) =>
  auditedExport(ctx, {
    action: 'economy.accounts.export',
    entity: 'economy_account',
    filters: q,
    sheet: '年度收支台账',
    columns: COLUMNS,
    batches: pages((page, pageSize) => listAccounts(ctx, { ...q, page, pageSize })),
  });
