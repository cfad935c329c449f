import { and, eq, isNull } from 'drizzle-orm';
import type { CreateCadreBody } from '../../../contracts/api/cadres';
import { auditDiff } from '../../platform/audit/diff';
import { writeAudit } from '../../platform/audit/write';
import { newId } from '../../platform/auth/session';
import { type Ctx, inTransaction } from '../../platform/context';
import { Conflict, Invalid } from '../../platform/errors';
import { villageOf } from '../../platform/scope';
import { getPersonInScope } from '../households/lookups';
import { auditableCadre, toCadreView } from './cadre-view';
import { cadreProblems } from './policy';
import { cadres } from './tables';

/** Whether the person already has a living cadre record (one record per person). */
export const hasCadreRecord = async (ctx: Ctx, personId: string) => {
  const [existing] = await ctx.db
    .select({ id: cadres.id })
    .from(cadres)
    .where(and(eq(cadres.personId, personId), isNull(cadres.deletedAt)))
    .limit(1);
  return Boolean(existing);
};

/** Records a person's two-committee posts (or reserve-cadre status) in the person's village. */
export const createCadre = (ctx: Ctx, body: CreateCadreBody) =>
  inTransaction(ctx, async (tx) => {
    const problems = cadreProblems(body);
    if (problems.length) throw new Invalid(problems[0].message, problems);
    const person = await getPersonInScope(tx, body.personId);
    if (await hasCadreRecord(tx, person.id)) {
      throw new Conflict('该人员已有干部记录，请直接修改', [
        { path: 'personId', message: '该人员已有干部记录' },
      ]);
    }
    const [created] = await tx.db
      .insert(cadres)
      .values({
        id: newId(),
        regionCode: villageOf(person.regionCode),
        personId: person.id,
        posts: body.posts,
        backgrounds: [...new Set(body.backgrounds)],
        isReserve: body.isReserve,
        startedOn: body.startedOn ?? null,
        endedOn: body.endedOn ?? null,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'cadre.create',
      entity: 'cadre',
      entityId: created.id,
      regionCode: created.regionCode,
      diff: auditDiff(null, auditableCadre(created)),
    });
    return toCadreView(tx, created);
  });
