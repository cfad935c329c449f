import { and, desc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type {
  ContactAction,
  ContactLogView,
  CreateContactLogBody,
} from '../../../../contracts/api/visits-contacts';
import { auditDiff } from '../../../platform/audit/diff';
import { writeAudit } from '../../../platform/audit/write';
import { newId } from '../../../platform/auth/session';
import { type Ctx, inTransaction } from '../../../platform/context';
import { Forbidden, invalidField } from '../../../platform/errors';
import { leaderContactLogs } from '../tables';
import { type ContactRow, type LogRow, loadContact, loadLog } from './load';
import { logDateRefusal, mayLogContact } from './policy';

// 六常: a contact made (联系, 走访, 帮扶, 宣讲, 指导, 总结) against one of a leader's eleven, on a day
// not after today. The log is the record; the counts on the leaders' table come from it.

const toLogViews = (ctx: Ctx, contact: ContactRow, rows: LogRow[]): ContactLogView[] => {
  const may = mayLogContact(ctx.actor, contact);
  return rows.map((r) => ({
    id: r.id,
    contactId: r.contactId,
    action: r.action as ContactAction,
    happenedOn: r.happenedOn,
    note: r.note,
    mine: r.byUserId === ctx.actor.userId,
    deletable: may,
  }));
};

export const listContactLogs = async (ctx: Ctx, contactId: string, year?: number) => {
  const contact = await loadContact(ctx, contactId);
  const rows = await ctx.db
    .select()
    .from(leaderContactLogs)
    .where(
      and(
        inArray(leaderContactLogs.contactId, [contact.id]),
        isNull(leaderContactLogs.deletedAt),
        year ? gte(leaderContactLogs.happenedOn, `${year}-01-01`) : undefined,
        year ? lte(leaderContactLogs.happenedOn, `${year}-12-31`) : undefined,
      ),
    )
    .orderBy(desc(leaderContactLogs.happenedOn), desc(leaderContactLogs.createdAt));
  return toLogViews(ctx, contact, rows);
};

export const createContactLog = (ctx: Ctx, contactId: string, body: CreateContactLogBody) =>
  inTransaction(ctx, async (tx) => {
    const contact = await loadContact(tx, contactId);
    if (!mayLogContact(tx.actor, contact)) throw new Forbidden('只有县委组织部或领导本人可以记录联系情况');
    const refusal = logDateRefusal(body.happenedOn);
    if (refusal) throw invalidField(refusal.field, refusal.message);
    const [row] = await tx.db
      .insert(leaderContactLogs)
      .values({
        id: newId(),
        regionCode: contact.regionCode,
        contactId: contact.id,
        action: body.action,
        happenedOn: body.happenedOn,
        note: body.note ?? null,
        byUserId: tx.actor.userId,
      })
      .returning();
    await writeAudit(tx.db, tx, {
      action: 'contacts.contact_log.create',
      entity: 'leader_contact_log',
      entityId: row.id,
      regionCode: row.regionCode,
      diff: auditDiff(null, {
        contactId: contact.id,
        action: row.action,
        happenedOn: row.happenedOn,
        note: row.note,
      }),
    });
    return toLogViews(tx, contact, [row])[0];
  });

export const deleteContactLog = (ctx: Ctx, logId: string) =>
  inTransaction(ctx, async (tx) => {
    const { log, contact } = await loadLog(tx, logId);
    if (!mayLogContact(tx.actor, contact)) throw new Forbidden('只有县委组织部或领导本人可以删除联系记录');
    const at = new Date();
    await tx.db
      .update(leaderContactLogs)
      .set({ deletedAt: at, updatedAt: at })
      .where(eq(leaderContactLogs.id, log.id));
    await writeAudit(tx.db, tx, {
      action: 'contacts.contact_log.delete',
      entity: 'leader_contact_log',
      entityId: log.id,
      regionCode: log.regionCode,
      diff: auditDiff({ action: log.action, happenedOn: log.happenedOn, note: log.note }, null),
    });
    return { ok: true as const };
  });
