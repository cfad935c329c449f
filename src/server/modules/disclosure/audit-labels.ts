import type { AuditLabels } from '../../platform/audit/labels';
import { workflowAuditActions } from '../../platform/workflow/define';
import { DISCLOSURE_KIND, KIND_KIND } from './kinds';
import { disclosureWorkflow } from './workflow';

// What the disclosure module writes to the audit log (审计日志), in words.

const t = (zh: string, en: string) => ({ zh, en });

export const DISCLOSURE_AUDIT: AuditLabels = {
  entities: {
    [DISCLOSURE_KIND]: t('公开事项', 'Disclosure'),
    [KIND_KIND]: t('公开类别', 'Disclosure kind'),
  },
  actions: {
    'disclosure.catalogue.seed': t('生成默认十公开目录', 'Seed the default disclosure kinds'),
    'disclosure.kind.create': t('增加公开类别', 'Add a disclosure kind'),
    'disclosure.kind.update': t('修改公开类别', 'Edit a disclosure kind'),
    'disclosure.item.create': t('起草公开事项', 'Draft a disclosure'),
    'disclosure.item.generate': t('从记录生成公开事项', 'Draft a disclosure from records'),
    'disclosure.item.update': t('修改公开事项草稿', 'Edit a disclosure draft'),
    'disclosure.item.delete': t('删除公开事项草稿', 'Delete a disclosure draft'),
    'disclosure.item.correct': t('更正公开事项（新版本）', 'Correct a disclosure (new version)'),
    'disclosure.item.withdraw': t('撤回公开事项（新版本）', 'Withdraw a disclosure (new version)'),
    ...workflowAuditActions(disclosureWorkflow, t('公开事项', 'disclosure')),
  },
};
