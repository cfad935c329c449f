import type { CreateTalentBody } from '../../../contracts/api/talents';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { invalidField } from '../../platform/errors';
import { villageOf } from '../../platform/scope';
import { getPersonInScope } from '../households/lookups';
import { assertVillageInScope } from '../regions/assert-village';
import { assertNotInPool } from './existing-talent';
import { talents } from './tables';
import { auditableTalent, talentDetail } from './talent-view';

/** 村级摸排: a village records a talent as a draft; submitting sends it to the township. */
export const createTalent = (ctx: Ctx, body: CreateTalentBody) =>
  inTransaction(ctx, async (tx) => {
    await assertVillageInScope(tx, body.regionCode);
    if (body.personId) {
      const person = await getPersonInScope(tx, body.personId);
      if (villageOf(person.regionCode) !== body.regionCode)
        throw invalidField('personId', '该人员不在所选的村');
      await assertNotInPool(tx, body.personId);
    }
    const [created] = await tx.db
      .insert(talents)
      .values({
        id: newId(),
        regionCode: body.regionCode,
        personId: body.personId ?? null,
        name: body.name,
        phoneEnc: body.phone ? tx.pii.encrypt(body.phone) : null,
        phoneIdx: body.phone ? tx.pii.blindIndex('phone', body.phone) : null,
        category: body.category,
        tags: [...new Set(body.tags)],
        skills: body.skills ?? null,
        status: 'draft',
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'talent.create',
      entity: 'talent',
      entityId: created.id,
      regionCode: created.regionCode,
      diff: auditDiff(null, auditableTalent(tx, created)),
    });
    return talentDetail(tx, created);
  });
