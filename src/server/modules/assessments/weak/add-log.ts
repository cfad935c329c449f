import { and, eq } from 'drizzle-orm';
import type { LogBody } from '../../../../contracts/api/assess-weak';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Conflict, invalidField } from '../../../platform/errors';
import { getInScope, scopeOf } from '../../../platform/scope';
import { weakLogs, weakMeasures, weakOrgs } from '../tables';
import { beijingToday } from './dates';
import { mayLog } from './policy';

// 整顿台账: 进展 (monthly progress), 联系 (the leader's 四个一 / 三个一: visit, lecture, deed, talk)
// and 回头看 (consolidation check-ins); photos and documents go to the log (weak_log).

const WORDS = { progress: '进展', contact: '联系', checkin: '回头看' } as const;

export const addWeakLog = (ctx: Ctx, weakId: string, b: LogBody) =>
  inTransaction(ctx, async (tx) => {
    const org = await getInScope(tx.db, weakOrgs, weakId, scopeOf(tx.actor), { forUpdate: true });
    if (!mayLog(tx.actor, org, b.kind))
      throw new Conflict(
        b.kind === 'checkin' ? '销号后的巩固期内才能记录回头看' : `包抓后、销号前才能记录${WORDS[b.kind]}`,
      );
    if (b.kind === 'contact' && !b.contactKind)
      throw invalidField('contactKind', '请选择联系方式（调研、党课、实事、谈话）');
    if (b.happenedOn > beijingToday()) throw invalidField('happenedOn', '日期不能晚于今天');
    if (b.measureId) {
      const [m] = await tx.db
        .select({ id: weakMeasures.id })
        .from(weakMeasures)
        .where(and(eq(weakMeasures.id, b.measureId), eq(weakMeasures.weakOrgId, org.id)));
      if (!m) throw invalidField('measureId', '该措施不属于此整顿记录');
    }
    const row = {
      id: newId(),
      weakOrgId: org.id,
      regionCode: org.regionCode,
      kind: b.kind,
      contactKind: b.kind === 'contact' ? (b.contactKind ?? null) : null,
      measureId: b.measureId ?? null,
      text: b.text,
      happenedOn: b.happenedOn,
      createdBy: tx.actor.userId,
      createdByName: tx.actor.displayName,
    };
    await tx.db.insert(weakLogs).values(row);
    await writeAudit(tx.db, tx, {
      action: 'assessments.weak.log',
      entity: 'weak_log',
      entityId: row.id,
      regionCode: org.regionCode,
      diff: { kind: row.kind, contactKind: row.contactKind, happenedOn: row.happenedOn },
    });
    return { id: row.id };
  });
