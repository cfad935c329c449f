// The record kinds of the events module: the workflow history's, the attachments' and the audit
// log's name for an event and for a department's dispatch.
export const eventWorkflowKind = 'event';
export const dispatchWorkflowKind = 'event_dispatch';
