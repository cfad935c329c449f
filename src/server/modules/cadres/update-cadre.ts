import { eq } from 'drizzle-orm';
import type { CadrePost, UpdateCadreBody } from '../../../contracts/api/cadres';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { type Ctx, inTransaction } from '../../platform/context';
import { Invalid } from '../../platform/errors';
import { auditableCadre, toCadreView } from './cadre-view';
import { loadCadreInScope } from './get-cadre';
import { cadreProblems } from './policy';
import { cadres } from './tables';

export const updateCadre = (ctx: Ctx, cadreId: string, body: UpdateCadreBody) =>
  inTransaction(ctx, async (tx) => {
    const before = await loadCadreInScope(tx, cadreId, true);
    const next = {
      posts: body.posts ?? (before.posts as CadrePost[]),
      backgrounds: body.backgrounds ? [...new Set(body.backgrounds)] : before.backgrounds,
      isReserve: body.isReserve ?? before.isReserve,
      startedOn: body.startedOn === undefined ? before.startedOn : body.startedOn,
      endedOn: body.endedOn === undefined ? before.endedOn : body.endedOn,
    };
    const problems = cadreProblems(next);
    if (problems.length) throw new Invalid(problems[0].message, problems);
    const [after] = await tx.db
      .update(cadres)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(cadres.id, cadreId))
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'cadre.update',
      entity: 'cadre',
      entityId: cadreId,
      regionCode: after.regionCode,
      diff: auditDiff(auditableCadre(before), auditableCadre(after)) ?? { note: 'no change' },
    });
    return toCadreView(tx, after);
  });
