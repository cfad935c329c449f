import type { AuditQuery } from '../../../contracts/api/audit';
import { ROLE_LABELS, type Role } from '../../../contracts/roles';
import { writeAudit } from '../../platform/audit/write';
import type { Ctx } from '../../platform/context';
import { type SheetColumn, streamWorkbook } from '../../platform/excel/stream';
import { auditBatches, auditWhere, type AuditEntryRow as Entry } from './list-audit';

const COLUMNS: SheetColumn<Entry>[] = [
  { header: '编号', key: 'id', width: 10, value: (r) => r.id },
  { header: '时间', key: 'at', width: 22, value: (r) => r.at },
  { header: '操作人', key: 'actor', value: (r) => r.actorName },
  {
    header: '角色',
    key: 'role',
    value: (r) => (r.role ? (ROLE_LABELS[r.role as Role]?.zh ?? r.role) : null),
  },
  { header: '操作', key: 'action', width: 22, value: (r) => r.actionName?.zh ?? r.action },
  { header: '对象', key: 'entity', value: (r) => r.entityName?.zh ?? r.entity },
  { header: '对象编号', key: 'entityId', width: 38, value: (r) => r.entityId },
  { header: '区划', key: 'regionName', width: 24, value: (r) => r.regionName },
  { header: '区划代码', key: 'region', value: (r) => r.regionCode },
  { header: '请求编号', key: 'requestId', width: 38, value: (r) => r.requestId },
  { header: 'IP', key: 'ip', value: (r) => r.ip },
  {
    header: '变更内容',
    key: 'diff',
    width: 60,
    value: (r) => (r.diff == null ? null : JSON.stringify(r.diff)),
  },
];

/** Streams the filtered audit log as .xlsx; the export itself is audited first. */
export const exportAudit = async (ctx: Ctx, query: Omit<AuditQuery, 'page' | 'pageSize'>) => {
  await ctx.db.transaction((tx) =>
    writeAudit(tx, ctx, {
      action: 'audit.export',
      entity: 'audit_log',
      regionCode: ctx.actor.scopeCode,
      diff: { filters: query },
    }),
  );
  return streamWorkbook('审计日志', COLUMNS, auditBatches(ctx.db, auditWhere(ctx, query)));
};
