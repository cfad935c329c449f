import { and, eq, inArray, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Forbidden, invalidField } from '../../../platform/errors';
import { inScope, scopeOf } from '../../../platform/scope';
import { recordCreated } from '../../../platform/workflow/transition';
import { type WeakStatus, weakMeasures, weakOrgs } from '../tables';
import { beijingYear } from './dates';
import { mayDecide } from './policy';

// 滚动整顿: an organization not closed (销号) by the end of its year goes on into the next: a new
// record of the next year in the same state, with its leader, plan and findings, pointing back at
// the old one (carriedFromId); the open measures move to it, so they are followed (and shown as
// overdue) in one place. Records already carried are skipped, so running it twice changes nothing.

const OPEN: WeakStatus[] = ['identified', 'assigned', 'rectifying', 'accepting'];

export const carryOver = (ctx: Ctx, fromYear: number) =>
  inTransaction(ctx, async (tx) => {
    if (!mayDecide(tx.actor)) throw new Forbidden('只有县委组织部可以结转整顿记录');
    if (fromYear >= beijingYear() + 1) throw invalidField('fromYear', '只能结转已开始的年度');
    const rows = await tx.db
      .select()
      .from(weakOrgs)
      .where(
        and(
          inScope(weakOrgs.regionCode, scopeOf(tx.actor)),
          eq(weakOrgs.year, fromYear),
          inArray(weakOrgs.status, OPEN),
          sql`not exists (select 1 from ${weakOrgs} as carried_next where carried_next.carried_from_id = ${weakOrgs.id})`,
        ),
      )
      .orderBy(weakOrgs.regionCode)
      .for('update');
    const ids: string[] = [];
    for (const old of rows) {
      const row = {
        ...old,
        id: newId(),
        year: fromYear + 1,
        source: 'carried' as const,
        carriedFromId: old.id,
        createdBy: tx.actor.userId,
        createdAt: new Date(),
        updatedAt: new Date(),
      };
      await tx.db.insert(weakOrgs).values(row);
      await tx.db
        .update(weakMeasures)
        .set({ weakOrgId: row.id, updatedAt: new Date() })
        .where(and(eq(weakMeasures.weakOrgId, old.id), eq(weakMeasures.status, 'open')));
      await recordCreated(tx, { kind: 'weak_org' }, row, row.status, 'carry');
      await writeAudit(tx.db, tx, {
        action: 'assessments.weak.carry',
        entity: 'weak_org',
        entityId: row.id,
        regionCode: row.regionCode,
        diff: { from: old.id, year: row.year, status: row.status },
      });
      ids.push(row.id);
    }
    return { carried: ids.length, ids };
  });
