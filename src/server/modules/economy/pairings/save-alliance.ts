import { eq } from 'drizzle-orm';
import type { CreateAllianceBody, UpdateAllianceBody } from '../../../../contracts/api/economy-pairings';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, invalidField } from '../../../platform/errors';
import { economyAlliances as al } from '../tables';
import { type AllianceRow, loadAllianceForEdit } from './alliance-load';
import { defaultYear, toAllianceDetail } from './alliance-view';
import { mayManagePairings, organizerRefusal } from './policy';

// 产业联盟: created by the county or a township (organizing it), renamed, deleted with undo.

const audit = (tx: Ctx, action: string, row: AllianceRow, diff?: unknown) =>
  writeAudit(tx.db, tx, {
    action,
    entity: 'economy_alliance',
    entityId: row.id,
    regionCode: row.regionCode,
    diff,
  });

export const createAlliance = (ctx: Ctx, body: CreateAllianceBody) =>
  inTransaction(ctx, async (tx) => {
    if (!mayManagePairings(tx.actor)) throw new Forbidden('您的角色不能管理产业联盟');
    const regionCode = body.regionCode ?? tx.actor.scopeCode;
    const refusal = organizerRefusal(tx.actor, regionCode);
    if (refusal) throw invalidField('regionCode', refusal);
    const [row] = await tx.db
      .insert(al)
      .values({ id: newId(), regionCode, name: body.name, industry: body.industry, note: body.note ?? null })
      .returning();
    await audit(
      tx,
      'economy.alliance.create',
      row,
      auditDiff(null, { name: row.name, industry: row.industry }),
    );
    return toAllianceDetail(tx, row, defaultYear());
  });

export const updateAlliance = (ctx: Ctx, allianceId: string, body: UpdateAllianceBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadAllianceForEdit(tx, allianceId);
    const [after] = await tx.db
      .update(al)
      .set({
        name: body.name ?? before.name,
        industry: body.industry ?? before.industry,
        note: body.note === undefined ? before.note : body.note,
        updatedAt: new Date(),
      })
      .where(eq(al.id, allianceId))
      .returning();
    await audit(tx, 'economy.alliance.update', after, auditDiff(before, after));
    return toAllianceDetail(tx, after, defaultYear());
  });

const setDeleted = (ctx: Ctx, allianceId: string, deleted: boolean) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadAllianceForEdit(tx, allianceId, !deleted);
    if (!deleted && !before.deletedAt) throw new Conflict('该联盟未被删除');
    const at = new Date();
    const [after] = await tx.db
      .update(al)
      .set({ deletedAt: deleted ? at : null, updatedAt: at })
      .where(eq(al.id, allianceId))
      .returning();
    await audit(tx, deleted ? 'economy.alliance.delete' : 'economy.alliance.restore', after);
    return toAllianceDetail(tx, after, defaultYear());
  });

/** Undoable: the alliance keeps its members; restoring brings it back as it was. */
export const deleteAlliance = (ctx: Ctx, allianceId: string) => setDeleted(ctx, allianceId, true);
export const restoreAlliance = (ctx: Ctx, allianceId: string) => setDeleted(ctx, allianceId, false);
