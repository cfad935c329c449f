import { and, eq, isNull } from 'drizzle-orm';
import type { CreatePairingBody } from '../../../../contracts/api/economy-pairings';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, Forbidden, invalidField } from '../../../platform/errors';
import { regionNames } from '../../regions/region-view';
import { economyPairings } from '../tables';
import { toPairingView } from './pairing-view';
import { mayManagePairings, pairingRefusal } from './policy';

// 结对: a county or township pairs a weak village of its scope with a strong village of the same
// county. One active pairing per weak and strong village: a second is 409.

export const DUPLICATE_PAIRING = '这两个村已有进行中的结对';

/** The two villages must exist and this caller may pair them; throws the field's reason. */
export const assertPairable = async (
  tx: Ctx,
  weak: string,
  strong: string,
  years: { startYear: number; endYear?: number | null },
) => {
  if (!mayManagePairings(tx.actor)) throw new Forbidden('您的角色不能管理强村带弱村结对');
  const refusal = pairingRefusal(tx.actor, weak, strong, years);
  if (refusal) throw invalidField(refusal.field, refusal.message);
  const names = await regionNames(tx.db, [weak, strong]);
  if (!names.has(weak)) throw invalidField('regionCode', '受帮扶村不存在');
  if (!names.has(strong)) throw invalidField('strongCode', '帮带村不存在');
};

/** 409 when the two villages already have an active pairing (other than `except`). */
export const assertNoActivePairing = async (tx: Ctx, weak: string, strong: string, except?: string) => {
  const living = await tx.db
    .select({ id: economyPairings.id })
    .from(economyPairings)
    .where(
      and(
        eq(economyPairings.regionCode, weak),
        eq(economyPairings.strongCode, strong),
        eq(economyPairings.status, 'active'),
        isNull(economyPairings.deletedAt),
      ),
    );
  if (living.some((l) => l.id !== except)) throw new Conflict(DUPLICATE_PAIRING);
};

export const createPairing = (ctx: Ctx, body: CreatePairingBody) =>
  inTransaction(ctx, async (tx) => {
    await assertPairable(tx, body.regionCode, body.strongCode, body);
    await assertNoActivePairing(tx, body.regionCode, body.strongCode);
    const [row] = await tx.db
      .insert(economyPairings)
      .values({
        id: newId(),
        regionCode: body.regionCode,
        strongCode: body.strongCode,
        startYear: body.startYear,
        endYear: body.endYear ?? null,
        agreement: body.agreement ?? null,
        status: 'active',
        createdBy: tx.actor.userId,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'economy.pairing.create',
      entity: 'economy_pairing',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff(null, {
        strongCode: row.strongCode,
        startYear: row.startYear,
        endYear: row.endYear,
        agreement: row.agreement,
      }),
    });
    return toPairingView(tx, row);
  });
