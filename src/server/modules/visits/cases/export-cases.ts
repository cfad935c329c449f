import type { CaseItem, CaseListQuery } from '../../../../contracts/api/visits-cases';
import type { Ctx } from '../../../platform/context';
import { auditedExport, pages } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { OBJECT_TYPES, RISK_TYPES } from '../defaults';
import { listCases } from './list-cases';

// 导出识别台账: the list with its filters as one sheet (audited); the head's name and the household
// number, as on the page, and no other personal data.

const objectName = (code: string | null) => OBJECT_TYPES.find((o) => o.code === code)?.name.zh ?? '';
const riskNames = (codes: string[]) =>
  codes.map((code) => RISK_TYPES.find((r) => r.code === code)?.name.zh ?? code).join('、');
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

const columns: SheetColumn<CaseItem>[] = [
  { header: '村（组）', key: 'region', width: 16, value: (x) => x.regionName },
  { header: '户编号', key: 'no', width: 20, value: (x) => x.householdNo ?? '' },
  { header: '户主', key: 'head', width: 10, value: (x) => x.headName ?? '' },
  { header: '状态', key: 'state', width: 14, value: (x) => x.stateLabel.zh },
  { header: '监测对象类型', key: 'object', width: 16, value: (x) => objectName(x.objectType) },
  { header: '风险类型', key: 'risk', width: 20, value: (x) => riskNames(x.riskTypes) },
  { header: '首次发现', key: 'clue', width: 12, value: (x) => day(x.firstClueAt) },
  {
    header: '本步骤时限',
    key: 'due',
    width: 20,
    value: (x) => (x.stepDueAt ?? '').replace('T', ' ').slice(0, 16),
  },
  { header: '超时', key: 'overdue', width: 6, value: (x) => (x.overdue ? '是' : '') },
  { header: '纳入监测', key: 'identified', width: 12, value: (x) => day(x.identifiedAt) },
];

export const exportCases = (ctx: Ctx, q: Omit<CaseListQuery, 'page' | 'pageSize'>) =>
  auditedExport(ctx, {
    action: 'visits.case.export',
    entity: 'monitoring_case',
    filters: q,
    sheet: '监测对象识别台账',
    columns,
    batches: pages((page, pageSize) => listCases(ctx, { ...q, page, pageSize })),
  });
