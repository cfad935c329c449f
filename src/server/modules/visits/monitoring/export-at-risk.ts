import type { z } from 'zod';
import type { AtRiskRow, atRiskFiltersSchema } from '../../../../contracts/api/visits-monitoring';
import type { Ctx } from '../../../platform/context';
import { auditedExport, pages } from '../../../platform/excel/export';
import type { SheetColumn } from '../../../platform/excel/stream';
import { CASE_STEPS } from '../defaults';
import { listAtRisk } from './at-risk';

// 导出返贫风险农户 with the list's filters and sort: one row per household, its reasons joined.

const CHANNELS: Record<string, string> = {
  rule: '规则预警',
  self: '农户自主申报',
  screening: '基层排查',
  department: '部门筛查',
};
const STATES: Record<string, string> = {
  ...Object.fromEntries(CASE_STEPS.map((c) => [c.state, c.name.zh])),
  monitoring: '已纳入监测',
  removal_review: '风险消除审核中',
};

const beijing = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

const COLUMNS: SheetColumn<AtRiskRow>[] = [
  { header: '户编号', key: 'householdNo', width: 22, value: (r) => r.householdNo },
  { header: '户主', key: 'headName', width: 10, value: (r) => r.headName },
  { header: '村', key: 'villageName', width: 16, value: (r) => r.villageName },
  { header: '区划代码', key: 'regionCode', width: 16, value: (r) => r.regionCode },
  {
    header: '风险原因',
    key: 'reasons',
    width: 60,
    value: (r) =>
      r.reasons
        .map((x) => (x.ruleCode ? `${x.ruleCode} v${x.ruleVersion}：${x.reason}` : x.reason))
        .join('；'),
  },
  {
    header: '发现渠道',
    key: 'channels',
    width: 20,
    value: (r) => r.channels.map((c) => CHANNELS[c] ?? c).join('、'),
  },
  { header: '首次发现', key: 'firstSeenAt', width: 12, value: (r) => beijing(r.firstSeenAt) },
  {
    header: '识别进度',
    key: 'caseState',
    width: 18,
    value: (r) => (r.caseState ? (STATES[r.caseState] ?? r.caseState) : '未启动'),
  },
];

export const exportAtRisk = (ctx: Ctx, q: z.infer<typeof atRiskFiltersSchema>) =>
  auditedExport(ctx, {
    action: 'monitoring.at-risk.export',
    entity: 'monitoring_signal',
    filters: q,
    sheet: '返贫风险农户',
    columns: COLUMNS,
    batches: pages((page, pageSize) => listAtRisk(ctx, { ...q, page, pageSize })),
  });
