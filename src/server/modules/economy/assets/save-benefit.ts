import { eq } from 'drizzle-orm';
import type { BenefitBody, UpdateBenefitBody } from '../../../../contracts/api/economy-assets';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Invalid, invalidField, NotFound } from '../../../platform/errors';
import { householdSummaries } from '../../households/lookups';
import { economyBenefits } from '../tables';
import { benefitErrors } from './benefit-rules';
import { auditableBenefit, benefitView } from './benefit-view';
import { loadBenefit, loadEntity } from './load';
import { assertMayEdit } from './place';

// 登记、修改利益联结: the household is found through the households module in the caller's scope
// (the benefit is filed under its village or group); the paying entity, when named, too.

const assertRules = (b: Parameters<typeof benefitErrors>[0]) => {
  const errors = benefitErrors(b);
  if (errors.length) throw new Invalid(errors[0].message, errors);
};

const assertEntity = async (tx: Ctx, entityId: string | null | undefined) => {
  if (!entityId) return;
  try {
    await loadEntity(tx, entityId);
  } catch (error) {
    if (error instanceof NotFound) throw invalidField('entityId', '经营主体不存在或不在您的管辖范围内');
    throw error;
  }
};

export const createBenefit = (ctx: Ctx, body: BenefitBody) =>
  inTransaction(ctx, async (tx) => {
    const home = (await householdSummaries(tx, [body.householdId])).get(body.householdId);
    if (!home) throw invalidField('householdId', '农户不存在或不在您的管辖范围内');
    assertMayEdit(tx, home.regionCode);
    await assertEntity(tx, body.entityId);
    const fields = {
      entityId: body.entityId ?? null,
      year: Number(body.year),
      kind: body.kind,
      amountFen: body.amountFen ?? 0,
      jobs: body.jobs ?? 0,
      note: body.note ?? null,
    };
    assertRules(fields);
    const [row] = await tx.db
      .insert(economyBenefits)
      .values({
        id: newId(),
        regionCode: home.regionCode,
        householdId: home.id,
        createdBy: tx.actor.userId,
        ...fields,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'economy.benefit.create',
      entity: 'economy_benefit',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff(null, auditableBenefit(row)),
    });
    return benefitView(tx, row.id);
  });

export const updateBenefit = (ctx: Ctx, benefitId: string, body: UpdateBenefitBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadBenefit(tx, benefitId, { forUpdate: true });
    assertMayEdit(tx, before.regionCode);
    if (body.entityId !== undefined && body.entityId !== before.entityId)
      await assertEntity(tx, body.entityId);
    const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    assertRules({ ...before, ...patch });
    const [after] = await tx.db
      .update(economyBenefits)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(economyBenefits.id, benefitId))
      .returning();
    const diff = auditDiff(auditableBenefit(before), auditableBenefit(after));
    if (diff)
      await writeAudit(tx.db, tx, {
        action: 'economy.benefit.update',
        entity: 'economy_benefit',
        entityId: benefitId,
        regionCode: after.regionCode,
        diff,
      });
    return benefitView(tx, benefitId);
  });

/** Benefits have no undo (no deletedAt): the page asks first, the audit log keeps what was removed. */
export const deleteBenefit = (ctx: Ctx, benefitId: string) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadBenefit(tx, benefitId, { forUpdate: true });
    assertMayEdit(tx, before.regionCode);
    await tx.db.delete(economyBenefits).where(eq(economyBenefits.id, benefitId));
    await writeAudit(tx.db, tx, {
      action: 'economy.benefit.delete',
      entity: 'economy_benefit',
      entityId: benefitId,
      regionCode: before.regionCode,
      diff: auditDiff(auditableBenefit(before), null),
    });
    return { ok: true as const };
  });
