import type { AuditLabels } from '../../platform/audit/labels';

// 审计日志: the names of what the events module writes to the audit log (platform/audit/labels.ts).
// Each part of the module adds the actions it writes (the workflow's come from its transitions).

export const eventsAuditLabels: AuditLabels = {
  entities: {
    event: { zh: '网格事件', en: 'Grid event' },
    event_dispatch: { zh: '吹哨派单', en: 'Dispatch' },
    event_category: { zh: '事件类别', en: 'Event category' },
    event_calendar_day: { zh: '工作日历', en: 'Working calendar' },
    service_item: { zh: '服务清单事项', en: 'Service item' },
    open311_key: { zh: 'Open311 接口密钥', en: 'Open311 API key' },
  },
  actions: {
    'events.catalogue.seed': { zh: '生成默认事件类别', en: 'Seed default event categories' },
    'events.event.create': { zh: '上报网格事件', en: 'Report grid event' },
    'events.event.auto_escalate': { zh: '超期自动上报', en: 'Escalate overdue event automatically' },
    'events.calendar.add': { zh: '添加工作日历日期', en: 'Add calendar day' },
    'events.calendar.remove': { zh: '删除工作日历日期', en: 'Remove calendar day' },
    'events.board.export': { zh: '导出事件考核', en: 'Export event KPI board' },
  },
};
