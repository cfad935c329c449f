import { writeAudit } from '../../../platform/audit/write';
import type { Ctx } from '../../../platform/context';

// Every change to a criteria set is one audit row on the set (entity criteria_set), named in part.ts.

export type CriteriaAction =
  | 'create'
  | 'update'
  | 'copy'
  | 'publish'
  | 'delete'
  | 'indicator.create'
  | 'indicator.update'
  | 'indicator.delete'
  | 'indicator.reorder';

export const auditSet = (
  tx: Ctx,
  action: CriteriaAction,
  set: { id: string; regionCode: string },
  diff: unknown,
) =>
  writeAudit(tx.db, tx, {
    action: `assessments.criteria.${action}`,
    entity: 'criteria_set',
    entityId: set.id,
    regionCode: set.regionCode,
    diff,
  });
