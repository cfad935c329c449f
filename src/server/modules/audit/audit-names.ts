import type { AuditNames } from '../../../contracts/api/audit';
import { PLATFORM_AUDIT_LABELS } from '../../platform/audit/labels';
import { installedModules } from '../../platform/modules/registry';

const PLATFORM_GROUP = { zh: '附件', en: 'Attachments' };

/** Every action and record kind the installed modules write, by module, for the log's pickers. */
export const auditNames = (): AuditNames => {
  const groups = [
    ...installedModules().map((m) => ({ group: m.label, labels: m.audit })),
    { group: PLATFORM_GROUP, labels: PLATFORM_AUDIT_LABELS },
  ];
  const seen = new Set<string>();
  const list = (pick: 'actions' | 'entities') =>
    groups.flatMap(({ group, labels }) =>
      Object.entries(labels?.[pick] ?? {}).flatMap(([key, name]) => {
        if (seen.has(`${pick}:${key}`)) return [];
        seen.add(`${pick}:${key}`);
        return [{ key, name, group }];
      }),
    );
  return { actions: list('actions'), entities: list('entities') };
};
