import type { AuditLabels } from '../../platform/audit/labels';
import { workflowAuditActions } from '../../platform/workflow/define';
import { dispatchWorkflow } from './dispatch-workflow';
import { eventWorkflow } from './event-workflow';

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
    'events.list.export': { zh: '导出事件清单', en: 'Export event list' },
    ...workflowAuditActions(eventWorkflow, { zh: '网格事件', en: 'grid event' }),
    ...workflowAuditActions(dispatchWorkflow, { zh: '吹哨派单', en: 'dispatch' }),
    'events.category.create': { zh: '新增事件类别', en: 'Add event category' },
    'events.category.update': { zh: '修改事件类别', en: 'Edit event category' },
    'events.category.deactivate': { zh: '停用事件类别', en: 'Deactivate event category' },
    'events.category.activate': { zh: '启用事件类别', en: 'Activate event category' },
    'events.services.seed': { zh: '生成默认服务清单', en: 'Seed default service list' },
    'events.service.create': { zh: '新增服务事项', en: 'Add service item' },
    'events.service.update': { zh: '修改服务事项', en: 'Edit service item' },
    'events.service.deactivate': { zh: '停用服务事项', en: 'Deactivate service item' },
    'events.service.activate': { zh: '启用服务事项', en: 'Activate service item' },
    'events.open311.key_create': { zh: '新建 Open311 接口密钥', en: 'Create Open311 API key' },
    'events.open311.key_revoke': { zh: '停用 Open311 接口密钥', en: 'Revoke Open311 API key' },
    'events.open311.request': { zh: '经 Open311 接口上报事件', en: 'Report through Open311' },
    'events.event.auto_escalate': { zh: '超期自动上报', en: 'Escalate overdue event automatically' },
    'events.calendar.add': { zh: '添加工作日历日期', en: 'Add calendar day' },
    'events.calendar.remove': { zh: '删除工作日历日期', en: 'Remove calendar day' },
    'events.board.export': { zh: '导出事件考核', en: 'Export event KPI board' },
    'events.event.follow': { zh: '跟进网格事件', en: 'Follow grid event' },
    'events.event.unfollow': { zh: '取消跟进网格事件', en: 'Unfollow grid event' },
  },
};
