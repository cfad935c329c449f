import { eq } from 'drizzle-orm';
import type { CreateGridBody } from '../../../contracts/api/grids';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, invalidField } from '../../platform/errors';
import { assertVillageInScope } from './assert-village';
import { assertOrgBindable } from './bind-org';
import { bigGridCode, childGridCode, nextSequence } from './grid-code';
import { toGridView } from './grid-view';
import { loadGridInScope } from './load-grid';
import { childTierOf } from './policy';
import { grids } from './tables';

/** Where the new grid goes and its code: a big grid on a village, a child under a grid of the tier above. */
const placeOf = async (tx: Ctx, body: CreateGridBody) => {
  if (body.tier === 'big') {
    if (!body.regionCode) throw invalidField('regionCode', '请选择大网格所在的村');
    await assertVillageInScope(tx, body.regionCode);
    return { regionCode: body.regionCode, parentId: null, code: bigGridCode(body.regionCode) };
  }
  if (!body.parentId) throw invalidField('parentId', '请选择上级网格');
  const parent = await loadGridInScope(tx, body.parentId, true);
  if (childTierOf(parent.tier as 'big') !== body.tier) {
    throw invalidField(
      'parentId',
      body.tier === 'middle' ? '中网格的上级应为大网格' : '小网格的上级应为中网格',
    );
  }
  const siblings = await tx.db.select({ code: grids.code }).from(grids).where(eq(grids.parentId, parent.id));
  const seq = nextSequence(
    siblings.map((s) => s.code),
    body.tier,
  );
  if (seq === null) throw new Conflict('该网格下的编号已用完（最多99个）');
  return {
    regionCode: parent.regionCode,
    parentId: parent.id,
    code: childGridCode(parent.code, body.tier, seq),
  };
};

export const createGrid = (ctx: Ctx, body: CreateGridBody) =>
  inTransaction(ctx, async (tx) => {
    const place = await placeOf(tx, body);
    if (body.partyOrgId) await assertOrgBindable(tx, body.tier, body.partyOrgId);
    const [created] = await tx.db
      .insert(grids)
      .values({
        id: newId(),
        ...place,
        tier: body.tier,
        name: body.name,
        partyOrgId: body.partyOrgId ?? null,
      })
      // Two people numbering the same parent at once: one wins, the other retries.
      .onConflictDoNothing({ target: grids.code })
      .returning();
    if (!created) {
      throw new Conflict(body.tier === 'big' ? '该村已有大网格' : '网格编码被占用，请重试');
    }
    const { id, createdAt, updatedAt, deletedAt, ...fields } = created;
    await writeAudit(tx.db, tx, {
      action: 'grid.create',
      entity: 'grid',
      entityId: id,
      regionCode: created.regionCode,
      diff: auditDiff(null, fields),
    });
    return toGridView(tx, created);
  });
