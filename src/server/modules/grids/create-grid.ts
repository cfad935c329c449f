import { eq } from 'drizzle-orm';
import type { CreateGridBody } from '../../../contracts/api/grids';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, invalidField } from '../../platform/errors';
import { villageOf } from '../../platform/scope';
import { assertVillageInScope } from '../regions/assert-village';
import { assertOrgBindable } from './bind-org';
import { bigGridCode, childGridCode, codeMisfit, nextSequence } from './grid-code';
import { toGridView } from './grid-view';
import { codeTaken } from './import-lookups';
import { loadGridInScope } from './load-grid';
import { childTierOf } from './policy';
import { grids } from './tables';

/** Where the new grid goes and its code: a big grid on a village, a child under a grid of the tier above. */
const placeOf = async (tx: Ctx, body: CreateGridBody, givenCode?: string) => {
  if (body.tier === 'big') {
    if (!body.regionCode) throw invalidField('regionCode', '请选择大网格所在的村');
    await assertVillageInScope(tx, body.regionCode);
    return {
      regionCode: body.regionCode,
      parentId: null,
      code: bigGridCode(body.regionCode),
      parentCode: null,
    };
  }
  if (!body.parentId) throw invalidField('parentId', '请选择上级网格');
  const parent = await loadGridInScope(tx, body.parentId, true);
  if (childTierOf(parent.tier as 'big') !== body.tier) {
    throw invalidField(
      'parentId',
      body.tier === 'middle' ? '中网格的上级应为大网格' : '小网格的上级应为中网格',
    );
  }
  const at = { regionCode: parent.regionCode, parentId: parent.id, parentCode: parent.code };
  if (givenCode) return { ...at, code: givenCode };
  const siblings = await tx.db.select({ code: grids.code }).from(grids).where(eq(grids.parentId, parent.id));
  const seq = nextSequence(
    siblings.map((s) => s.code),
    body.tier,
  );
  if (seq === null) throw new Conflict('该网格下的编号已用完（最多99个）');
  return { ...at, code: childGridCode(parent.code, body.tier, seq) };
};

/** A code typed by hand (Excel import) fits the tier and the parent and was never given before. */
const assertCodeFits = async (
  tx: Ctx,
  tier: CreateGridBody['tier'],
  code: string,
  place: { regionCode: string; parentCode: string | null },
) => {
  const misfit = codeMisfit(code, tier, villageOf(place.regionCode), place.parentCode ?? undefined);
  if (misfit) throw invalidField('code', misfit);
  // A big grid's code is its village's: the insert below answers "该村已有大网格".
  if (tier === 'big') return;
  if (await codeTaken(tx, code)) throw invalidField('code', '网格编码已被使用（已删除网格的编码也不再使用）');
};

/**
 * 新建网格. The code is numbered by the system; only the Excel import may pass a `code` of its own,
 * which must fit the place and be free (the numbering goes on after the highest code given).
 */
export const createGrid = (ctx: Ctx, body: CreateGridBody, given: { code?: string } = {}) =>
  inTransaction(ctx, async (tx) => {
    const { parentCode, ...place } = await placeOf(tx, body, given.code);
    if (given.code)
      await assertCodeFits(tx, body.tier, given.code, { regionCode: place.regionCode, parentCode });
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
