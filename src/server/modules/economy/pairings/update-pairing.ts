import { eq } from 'drizzle-orm';
import type { EndPairingBody, UpdatePairingBody } from '../../../../contracts/api/economy-pairings';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, invalidField } from '../../../platform/errors';
import { economyPairings } from '../tables';
import { loadPairing, type PairingRow } from './load';
import { toPairingView } from './pairing-view';
import { mayEditPairing } from './policy';

// Changing a pairing (years, agreement) and ending it (结束结对, with the year it ended). Only the
// weak village's side changes a pairing; the strong side sees it (403 when it tries).

const loadForEdit = async (tx: Ctx, pairingId: string): Promise<PairingRow> => {
  const row = await loadPairing(tx, pairingId, { forUpdate: true });
  if (!mayEditPairing(tx.actor, row)) throw new Forbidden('只有受帮扶村所在的县、乡镇可以修改此结对');
  return row;
};

const save = async (tx: Ctx, before: PairingRow, set: Partial<PairingRow>, action: string) => {
  const [after] = await tx.db
    .update(economyPairings)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(economyPairings.id, before.id))
    .returning();
  await writeAudit(tx.db, tx, {
    action,
    entity: 'economy_pairing',
    entityId: after.id,
    regionCode: after.regionCode,
    diff: auditDiff(before, after),
  });
  return toPairingView(tx, after);
};

export const updatePairing = (ctx: Ctx, pairingId: string, body: UpdatePairingBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadForEdit(tx, pairingId);
    const startYear = body.startYear ?? before.startYear;
    const endYear = body.endYear === undefined ? before.endYear : body.endYear;
    if (endYear !== null && endYear < startYear) throw invalidField('endYear', '结束年度不能早于开始年度');
    const set: Partial<PairingRow> = { startYear, endYear };
    if (body.agreement !== undefined) set.agreement = body.agreement;
    return save(tx, before, set, 'economy.pairing.update');
  });

export const endPairing = (ctx: Ctx, pairingId: string, body: EndPairingBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadForEdit(tx, pairingId);
    if (before.status === 'ended') throw new Conflict('该结对已结束');
    if (body.endYear < before.startYear) throw invalidField('endYear', '结束年度不能早于开始年度');
    return save(tx, before, { status: 'ended', endYear: body.endYear }, 'economy.pairing.end');
  });
