import { eq } from 'drizzle-orm';
import type { UpdateTalentBody } from '../../../contracts/api/talents';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict } from '../../platform/errors';
import { loadTalentInScope } from './load-talent';
import { isEditable, type TalentStatus } from './policy';
import { talents } from './tables';
import { auditableTalent, talentDetail } from './talent-view';

/** Edits a draft or a record returned for revision; once submitted it is frozen until returned. */
export const updateTalent = (ctx: Ctx, talentId: string, body: UpdateTalentBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadTalentInScope(tx, talentId, true);
    if (!isEditable(before.status as TalentStatus))
      throw new Conflict('已提交审核的记录不能修改，退回后可修改');
    const [after] = await tx.db
      .update(talents)
      .set({
        name: body.name,
        category: body.category,
        tags: body.tags ? [...new Set(body.tags)] : undefined,
        skills: body.skills,
        ...(body.phone !== undefined && {
          phoneEnc: body.phone ? tx.pii.encrypt(body.phone) : null,
          phoneIdx: body.phone ? tx.pii.blindIndex('phone', body.phone) : null,
        }),
        updatedAt: new Date(),
      })
      .where(eq(talents.id, talentId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'talent.update',
      entity: 'talent',
      entityId: talentId,
      regionCode: after.regionCode,
      diff: auditDiff(auditableTalent(tx, before), auditableTalent(tx, after)) ?? { note: 'no change' },
    });
    return talentDetail(tx, after);
  });
