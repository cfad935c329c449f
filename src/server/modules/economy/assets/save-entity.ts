import { eq } from 'drizzle-orm';
import type { EntityBody, UpdateEntityBody } from '../../../../contracts/api/economy-assets';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { economyEntities } from '../tables';
import { auditableEntity, entityView } from './entity-view';
import { loadEntity } from './load';
import { orderedModel } from './model';
import { assertMayEdit, villageOfNewRecord } from './place';

// 新增、修改经营主体 (合作社、村集体公司、合作企业) with its model.

export const createEntity = (ctx: Ctx, body: EntityBody) =>
  inTransaction(ctx, async (tx) => {
    const regionCode = await villageOfNewRecord(tx, body.regionCode);
    const [row] = await tx.db
      .insert(economyEntities)
      .values({
        id: newId(),
        regionCode,
        name: body.name,
        kind: body.kind,
        industry: body.industry ?? null,
        model: orderedModel(body.model ?? []),
        partners: body.partners ?? null,
        establishedOn: body.establishedOn ?? null,
        memberHouseholds: body.memberHouseholds ?? null,
        note: body.note ?? null,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'economy.entity.create',
      entity: 'economy_entity',
      entityId: row.id,
      regionCode,
      diff: auditDiff(null, auditableEntity(row)),
    });
    return entityView(tx, row.id);
  });

export const updateEntity = (ctx: Ctx, entityId: string, body: UpdateEntityBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadEntity(tx, entityId, { forUpdate: true });
    assertMayEdit(tx, before.regionCode);
    const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    if (body.model) patch.model = orderedModel(body.model);
    const [after] = await tx.db
      .update(economyEntities)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(economyEntities.id, entityId))
      .returning();
    const diff = auditDiff(auditableEntity(before), auditableEntity(after));
    if (diff)
      await writeAudit(tx.db, tx, {
        action: 'economy.entity.update',
        entity: 'economy_entity',
        entityId,
        regionCode: after.regionCode,
        diff,
      });
    return entityView(tx, entityId);
  });
