import { can } from '../../../../contracts/roles';
import type { AttachableKind } from '../../../platform/attachments/kinds';
import { Conflict, Forbidden, NotFound } from '../../../platform/errors';
import { flagAwards } from '../tables';
import { FLAG_AWARD_KIND, type FlagAwardRow } from './flag-workflow';
import { mayAddEvidence, OPEN_FOR_EVIDENCE } from './policy';

// 事迹材料 of a nomination (photos and documents), on the platform's attachments: added while the
// nomination waits (待审核、待授旗) by whoever takes part in flags in scope; removed by its uploader
// until the county decides. Seen by every staff member who sees the award.

export const MAX_FLAG_FILES = 9;

export const flagAttachments: AttachableKind<FlagAwardRow> = {
  kind: FLAG_AWARD_KIND,
  label: { zh: '红旗提名', en: 'flag nomination' },
  table: flagAwards,
  accept: ['image', 'document'],
  maxFiles: MAX_FLAG_FILES,
  assertMayRead: (ctx) => {
    if (!can(ctx.actor.role, 'assess.read')) throw new NotFound();
  },
  assertMayAdd: (ctx, award) => {
    if (!OPEN_FOR_EVIDENCE.includes(award.status)) throw new Conflict('已授旗或未通过的提名不能再上传材料');
    if (!mayAddEvidence(ctx.actor, award)) throw new Forbidden('您的角色不能为红旗提名上传材料');
  },
  assertMayRemove: (ctx, award, file) => {
    if (!OPEN_FOR_EVIDENCE.includes(award.status)) throw new Conflict('已授旗或未通过的提名，材料不能再删除');
    if (file.createdBy !== ctx.actor.userId) throw new Forbidden('只有上传人可以删除此材料');
  },
};
